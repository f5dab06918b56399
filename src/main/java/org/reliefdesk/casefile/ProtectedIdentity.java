package org.reliefdesk.casefile;

/** The client's identity numbers as stored: ciphertexts, and keyed hashes to find them by. */
record ProtectedIdentity(
        byte[] idNumberCipher,
        byte[] idNumberIndex,
        byte[] phoneCipher,
        byte[] phoneIndex,
        byte[] phoneLast4Index) {
}
