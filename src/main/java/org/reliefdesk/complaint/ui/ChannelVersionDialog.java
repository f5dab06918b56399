package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.complaint.ChannelCode;
import org.reliefdesk.complaint.ChannelDefinition;
import org.reliefdesk.complaint.ComplaintChannel;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.complaint.Grievance;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/** A new version of a channel, prefilled from the selected one; empty days mean "no fixed deadline". */
class ChannelVersionDialog extends Dialog {

    ChannelVersionDialog(ComplaintService complaints, ComplaintChannel from, Runnable saved) {
        setHeaderTitle(getTranslation("complaint.admin.add"));
        setId("complaint-channel-dialog");
        setWidth("min(48rem, 100vw)");
        Select<ChannelCode> code = new Select<>();
        code.setLabel(getTranslation("complaint.channel"));
        code.setItems(ChannelCode.values());
        code.setItemLabelGenerator(c -> getTranslation("complaint.channel." + c));
        DatePicker effective = new DatePicker(getTranslation("complaint.admin.effectiveFrom"));
        TextField nameZh = new TextField(getTranslation("complaint.admin.nameZh"));
        TextField nameEn = new TextField(getTranslation("complaint.admin.nameEn"));
        TextArea handlesZh = new TextArea(getTranslation("complaint.admin.handlesZh"));
        TextArea handlesEn = new TextArea(getTranslation("complaint.admin.handlesEn"));
        MultiSelectComboBox<LenderType> lenderTypes = new MultiSelectComboBox<>(getTranslation("complaint.admin.lenderTypes"));
        lenderTypes.setItems(LenderType.values());
        lenderTypes.setItemLabelGenerator(t -> getTranslation("complaint.lenderType." + t));
        MultiSelectComboBox<Grievance> grievances = new MultiSelectComboBox<>(getTranslation("complaint.grievances"));
        grievances.setItems(Grievance.values());
        grievances.setItemLabelGenerator(g -> getTranslation("complaint.grievance." + g));
        IntegerField days = new IntegerField(getTranslation("complaint.admin.answerDays"));
        IntegerField extendable = new IntegerField(getTranslation("complaint.admin.extendableTo"));
        IntegerField max = new IntegerField(getTranslation("complaint.admin.maxDays"));
        TextArea source = new TextArea(getTranslation("complaint.admin.source"));
        TextField followZh = new TextField(getTranslation("complaint.admin.followZh"));
        TextField followEn = new TextField(getTranslation("complaint.admin.followEn"));
        Checkbox fullId = new Checkbox(getTranslation("complaint.admin.fullId"));
        Checkbox fullPhone = new Checkbox(getTranslation("complaint.admin.fullPhone"));
        if (from != null) {
            code.setValue(from.code());
            nameZh.setValue(from.nameZh());
            nameEn.setValue(from.nameEn());
            handlesZh.setValue(from.handlesZh());
            handlesEn.setValue(from.handlesEn());
            lenderTypes.setValue(from.lenderTypes());
            grievances.setValue(from.grievances());
            if (from.hasDeadline()) {
                days.setValue(from.rule().answerDays());
                extendable.setValue(from.rule().extendableToDays());
                max.setValue(from.rule().maxDays());
            }
            source.setValue(from.ruleSource());
            followZh.setValue(from.followUpZh() == null ? "" : from.followUpZh());
            followEn.setValue(from.followUpEn() == null ? "" : from.followUpEn());
            fullId.setValue(from.fullIdInLetter());
            fullPhone.setValue(from.fullPhoneInLetter());
        }
        FormLayout form = new FormLayout(code, effective, nameZh, nameEn, handlesZh, handlesEn, lenderTypes, grievances,
                days, extendable, max, source, followZh, followEn, fullId, fullPhone);
        add(form);
        Button save = new Button(getTranslation("complaint.confirm"), click -> {
            try {
                complaints.addChannelVersion(new ChannelDefinition(code.getValue(), effective.getValue(),
                        nameZh.getValue(), nameEn.getValue(), handlesZh.getValue(), handlesEn.getValue(),
                        lenderTypes.getValue(), grievances.getValue(), days.getValue(), extendable.getValue(),
                        max.getValue(), source.getValue(), blankToNull(followZh.getValue()),
                        blankToNull(followEn.getValue()), fullId.getValue(), fullPhone.getValue()));
            } catch (UserFacingException refusal) {
                Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
                return;
            }
            Notices.saved(getTranslation("complaint.saved"));
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("complaint-channel-save");
        getFooter().add(new Button(getTranslation("complaint.cancel"), click -> close()), save);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
