package fr.uphf.site.audit;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The French name of a kind of object of the audit log (« page », « montants-aides »…): {@code admin.audit.type.*},
 * or the name of the structured table, {@code admin.data.type.*}. Templates call {@code @objectTypes.label(…)}.
 */
@Component("objectTypes")
class ObjectTypes {

    private final MessageSource messages;

    ObjectTypes(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String code) {
        return messages.getMessage(new DefaultMessageSourceResolvable(
                new String[] {"admin.audit.type." + code, "admin.data.type." + code}, code), Locale.FRENCH);
    }
}
