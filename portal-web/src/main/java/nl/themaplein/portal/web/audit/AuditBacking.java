package nl.themaplein.portal.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.themaplein.portal.audit.AuditAction;
import nl.themaplein.portal.audit.AuditEvent;
import nl.themaplein.portal.audit.AuditLog;
import nl.themaplein.portal.audit.AuditPage;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;
import nl.themaplein.portal.web.privacy.PageSupport;
import nl.themaplein.portal.web.security.Roles;

/**
 * {@code /admin/audit.xhtml?organisation=&action=&page=}: the audit log, newest first, 50 a page,
 * filtered by organisation and action; driven by its URL, so every view is a link. Accounts that
 * still exist are named; deleted ones show as "deleted account". ADMIN only (web.xml, and here).
 */
@Named
@RequestScoped
public class AuditBacking {

    static final int PAGE_SIZE = 50;

    @Inject private AuditLog audit;
    @Inject private LibraryService libraries;
    @Inject private LocaleBacking locale;
    @Inject private HttpServletRequest request;

    private String organisation;
    private String action;
    private String page;
    private AuditPage result;
    private List<Row> rows;

    /** One entry on the page. */
    public record Row(
            String at,
            String actor,
            String action,
            String organisation,
            String subject,
            String details) {}

    /** A choice of a filter. */
    public record Choice(String value, String label) {}

    public List<Row> getRows() {
        load();
        return rows;
    }

    public long getTotal() {
        load();
        return result.total();
    }

    public int getPageNumber() {
        load();
        return result.page();
    }

    public int getPages() {
        load();
        return result.pages();
    }

    public List<Choice> getOrganisations() {
        return libraries.organisations().stream()
                .map(o -> new Choice(o.getCode(), o.getName()))
                .toList();
    }

    public List<Choice> getActions() {
        return java.util.Arrays.stream(AuditAction.values())
                .map(
                        a ->
                                new Choice(
                                        a.name(),
                                        Messages.text(
                                                locale.getLocale(), "audit.action." + a.name())))
                .toList();
    }

    private void load() {
        if (result != null) {
            return;
        }
        if (!request.isUserInRole(Roles.ADMIN)) {
            throw new SecurityException("The audit log is for administrators only");
        }
        Map<Long, Organisation> byId = new HashMap<>();
        libraries.organisations().forEach(o -> byId.put(o.getId(), o));
        Long organisationId =
                byId.values().stream()
                        .filter(o -> o.getCode().equals(organisation))
                        .map(Organisation::getId)
                        .findFirst()
                        .orElse(null);
        result = audit.page(organisationId, actionFilter(), pageNumber(), PAGE_SIZE);

        Set<Long> ids = new HashSet<>();
        for (AuditEvent e : result.entries()) {
            addIfPresent(ids, e.getActorAccountId());
            addIfPresent(ids, e.getSubjectAccountId());
        }
        Map<Long, String> names = audit.displayNames(ids);
        rows =
                result.entries().stream()
                        .map(
                                e ->
                                        new Row(
                                                PageSupport.dateTime(
                                                        e.getOccurredAt(), locale.getLocale()),
                                                who(
                                                        e.getActorAccountId(),
                                                        e.isActorDeleted(),
                                                        names),
                                                Messages.text(
                                                        locale.getLocale(),
                                                        "audit.action." + e.getAction().name()),
                                                e.getOrganisationId() == null
                                                        ? ""
                                                        : byId.get(e.getOrganisationId()).getName(),
                                                who(
                                                        e.getSubjectAccountId(),
                                                        e.isSubjectDeleted(),
                                                        names),
                                                e.getDetails() == null ? "" : e.getDetails()))
                        .toList();
    }

    private String who(Long id, boolean deleted, Map<Long, String> names) {
        if (deleted) {
            return Messages.text(locale.getLocale(), "audit.deletedAccount");
        }
        if (id == null) {
            return Messages.text(locale.getLocale(), "audit.nobody");
        }
        return names.getOrDefault(id, Messages.text(locale.getLocale(), "audit.deletedAccount"));
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private AuditAction actionFilter() {
        try {
            return action == null || action.isBlank() ? null : AuditAction.valueOf(action);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page), 100_000));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    public String getOrganisation() {
        return organisation;
    }

    /** Only an organisation code is kept: the value goes back into the page's links. */
    public void setOrganisation(String organisation) {
        this.organisation =
                organisation != null && organisation.matches("[a-z0-9-]{1,40}")
                        ? organisation
                        : null;
    }

    public String getAction() {
        return action;
    }

    /** Only a known action is kept: the value goes back into the page's links. */
    public void setAction(String action) {
        this.action =
                java.util.Arrays.stream(AuditAction.values()).anyMatch(a -> a.name().equals(action))
                        ? action
                        : null;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
