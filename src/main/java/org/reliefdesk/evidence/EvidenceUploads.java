package org.reliefdesk.evidence;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;

/** The Upload component as the vault uses it everywhere: raw bodies, drag-and-drop, size limit, texts in the user's language. */
public final class EvidenceUploads {

    private EvidenceUploads() {
    }

    public static Upload upload(EvidenceUploadHandler handler, long maxBytes) {
        Upload upload = new Upload(handler);
        // Raw request bodies stream straight to the handler; multipart would be spooled by the servlet container first.
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setDropAllowed(true);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("evidence.upload.drop"))
                .setMany(upload.getTranslation("evidence.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("evidence.upload.button"))
                .setMany(upload.getTranslation("evidence.upload.button")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(upload.getTranslation("evidence.error.tooLarge", megabytes(maxBytes)))
                .setTooManyFiles(upload.getTranslation("evidence.upload.failed"))
                .setIncorrectFileType(upload.getTranslation("evidence.upload.failed")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> EvidenceUploadHandler.error(rejected.getErrorMessage()));
        return upload;
    }

    public static String megabytes(long bytes) {
        return EvidenceService.megabytes(bytes);
    }
}
