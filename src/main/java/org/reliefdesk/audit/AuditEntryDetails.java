package org.reliefdesk.audit;

/**
 * One entry with its place in the chain, for the viewer's detail dialog.
 *
 * @param previousHash the previous entry's hash as stored in this row, hexadecimal
 * @param hash this row's hash, hexadecimal
 */
public record AuditEntryDetails(AuditEntry entry, String previousHash, String hash) {
}
