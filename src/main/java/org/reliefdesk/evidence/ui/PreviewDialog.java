package org.reliefdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.dom.Element;
import org.reliefdesk.evidence.EvidenceDownloads;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.ReadPurpose;

/** Shows a picture or PDF, or plays a recording, in the page; every request goes through the service's check. */
class PreviewDialog extends Dialog {

    PreviewDialog(EvidenceService evidence, long caseId, EvidenceItem item) {
        setId("evidence-preview-dialog");
        setHeaderTitle(item.originalName());
        setWidth(item.playable() ? "32rem" : "min(90vw, 60rem)");
        if (item.playable()) {
            Element player = new Element(item.isVideo() ? "video" : "audio");
            player.setAttribute("id", "evidence-player");
            player.setAttribute("controls", true);
            player.setAttribute("preload", "metadata");
            player.setAttribute("src", EvidenceDownloads.handler(evidence, caseId, item.id(), ReadPurpose.PLAY));
            player.getStyle().set("width", "100%");
            Div holder = new Div();
            holder.getElement().appendChild(player);
            add(holder);
        } else if (item.isPdf()) {
            IFrame frame = new IFrame(EvidenceDownloads.handler(evidence, caseId, item.id(), ReadPurpose.PREVIEW));
            frame.setId("evidence-preview-frame");
            frame.setWidthFull();
            frame.setHeight("75vh");
            frame.getStyle().set("border", "none");
            add(frame);
        } else {
            Image image = new Image(EvidenceDownloads.handler(evidence, caseId, item.id(), ReadPurpose.PREVIEW),
                    item.originalName());
            image.setId("evidence-preview-image");
            image.setMaxWidth("100%");
            add(image);
        }
        Button close = new Button(getTranslation("common.done"), click -> close());
        close.setId("evidence-preview-close");
        getFooter().add(close);
    }
}
