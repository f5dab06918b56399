package org.reliefdesk.evidence;

import java.nio.file.Path;
import org.reliefdesk.platform.ReliefDeskProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file store under the data directory, unless another {@link EvidenceStore} bean (e.g. S3) is defined. */
@Configuration(proxyBeanMethods = false)
class EvidenceStorageConfiguration {

    @Bean
    @ConditionalOnMissingBean(EvidenceStore.class)
    FileSystemEvidenceStore fileSystemEvidenceStore(ReliefDeskProperties reliefDesk, EvidenceProperties evidence) {
        // An empty setting binds to the empty path, which would mean the working directory.
        Path configured = evidence.directory();
        Path directory = configured != null && !configured.toString().isBlank() ? configured
                : reliefDesk.dataDir().resolve("evidence");
        return new FileSystemEvidenceStore(directory);
    }
}
