package org.reliefdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.function.Consumer;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceTarget;

/** Picks one of the case's debts to link an item to. */
class LinkDebtDialog extends Dialog {

    LinkDebtDialog(EvidenceItem item, Collection<DebtLine> debts, Consumer<DebtLine> onLink) {
        setId("evidence-link-dialog");
        setHeaderTitle(getTranslation("evidence.linkDebt.title", item.originalName()));
        Select<DebtLine> debt = new Select<>();
        debt.setId("evidence-link-debt");
        debt.setLabel(getTranslation("evidence.filter.debt"));
        debt.setItems(debts.stream().filter(d -> !item.linkedTo(EvidenceTarget.debt(d.id()))).toList());
        debt.setItemLabelGenerator(Texts::debt);
        debt.setWidthFull();
        add(debt);
        Button save = new Button(getTranslation("evidence.linkDebt.save"), click -> {
            if (debt.getValue() != null) {
                onLink.accept(debt.getValue());
                close();
            }
        });
        save.setId("evidence-link-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
