package nl.themaplein.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.themaplein.portal.account.PasswordHasher;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;

/** The choices of the account forms: branches grouped by organisation, languages, limits. */
@Named
@RequestScoped
public class AccountChoices {

    @Inject private LibraryService libraries;
    @Inject private LocaleBacking locale;

    private List<SelectItem> branches;

    /** Every branch, grouped by its organisation (an optgroup each), by name. */
    public List<SelectItem> getBranches() {
        if (branches == null) {
            branches = new ArrayList<>();
            for (Organisation organisation : libraries.organisations()) {
                List<SelectItem> items = new ArrayList<>();
                for (Branch branch : organisation.getBranches()) {
                    items.add(new SelectItem(branch.getId(), branch.getName()));
                }
                branches.add(
                        new SelectItemGroup(
                                organisation.getName(),
                                null,
                                false,
                                items.toArray(SelectItem[]::new)));
            }
        }
        return branches;
    }

    /** The portal's languages, each named in itself. */
    public List<SelectItem> getLanguages() {
        List<SelectItem> items = new ArrayList<>();
        for (Language language : Language.values()) {
            Locale own = language.locale();
            String name = own.getDisplayLanguage(own);
            items.add(
                    new SelectItem(
                            language.code(),
                            name.substring(0, 1).toUpperCase(own) + name.substring(1)));
        }
        return items;
    }

    /** The password rules, as the form states them. */
    public String getPasswordRules() {
        return Messages.text(
                locale.getLocale(),
                "account.password.rules",
                PasswordHasher.MIN_LENGTH,
                PasswordHasher.MAX_LENGTH);
    }

    public int getPasswordMax() {
        return PasswordHasher.MAX_LENGTH;
    }
}
