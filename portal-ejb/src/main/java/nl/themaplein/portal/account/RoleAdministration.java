package nl.themaplein.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.audit.AuditAction;
import nl.themaplein.portal.audit.AuditLog;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.error.NotPermittedException;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.setup.DatabaseMigrations;
import nl.themaplein.portal.theme.Theme;

/**
 * Staff granting and revoking roles, with every check on the server: the actor must hold STAFF or
 * ADMIN in the organisation (an ADMIN of the installation, that is of any organisation, may act on
 * all), only an ADMIN grants or revokes ADMIN, a curator's theme must be one the organisation
 * shows. Every change goes to the audit log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class RoleAdministration {

    private static final Logger LOG = Logger.getLogger(RoleAdministration.class.getName());

    public static final String NOT_PERMITTED = "roles.notPermitted";
    public static final String ADMIN_ONLY = "roles.adminOnly";
    public static final String THEME_UNKNOWN = "roles.themeUnknown";
    public static final String ROLE_UNKNOWN = "roles.roleUnknown";

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    @Inject private AccountService accounts;
    @Inject private AuditLog audit;

    /** The organisations whose roles the actor may manage, by name. */
    public List<Organisation> manageableBy(long actorId) {
        Account actor = accounts.getAccount(actorId);
        List<Organisation> all =
                em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).getResultList();
        if (isAdmin(actor)) {
            return all;
        }
        return all.stream().filter(o -> holdsStaff(actor, o)).toList();
    }

    /** Whether the actor is an administrator of the installation. */
    public boolean isAdmin(long actorId) {
        return accounts.findAccount(actorId).map(RoleAdministration::isAdmin).orElse(false);
    }

    /** The organisation, after checking the actor may manage its roles. */
    public Organisation organisationFor(long actorId, String organisationCode) {
        Organisation organisation =
                em.createNamedQuery(Organisation.FIND_BY_CODE, Organisation.class)
                        .setParameter("code", organisationCode)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(
                                () -> new NoSuchEntityException("organisation", organisationCode));
        Account actor = accounts.getAccount(actorId);
        if (!isAdmin(actor) && !holdsStaff(actor, organisation)) {
            LOG.log(
                    Level.WARNING,
                    "Account {0} may not manage roles in organisation {1}",
                    new Object[] {actorId, organisationCode});
            throw new NotPermittedException("Not staff of " + organisationCode, NOT_PERMITTED);
        }
        return organisation;
    }

    /** The account with this address (any case), for an actor who may manage the organisation. */
    public Optional<Account> findAccount(long actorId, String organisationCode, String email) {
        organisationFor(actorId, organisationCode);
        return accounts.findByEmail(email);
    }

    /** The account's roles in the organisation (only those: other organisations are not shown). */
    public List<AccountRole> rolesIn(long actorId, String organisationCode, long accountId) {
        Organisation organisation = organisationFor(actorId, organisationCode);
        return accounts.getAccount(accountId).getRoles().stream()
                .filter(r -> r.getOrganisation().getId().equals(organisation.getId()))
                .sorted(
                        Comparator.comparing(AccountRole::getRole)
                                .thenComparing(RoleAdministration::themeCode))
                .toList();
    }

    /**
     * Grants a role; {@code themeCode} names the theme of a curator and must be blank otherwise.
     * Granting what the account holds already changes nothing and writes no entry.
     */
    public AccountRole grant(
            long actorId, String organisationCode, long accountId, Role role, String themeCode) {
        Organisation organisation = organisationFor(actorId, organisationCode);
        checkAdminOnly(actorId, role);
        Theme theme = theme(organisation, role, themeCode);
        int before = accounts.getAccount(accountId).getRoles().size();

        AccountRole grant = accounts.grant(accountId, organisation, role, theme);
        if (accounts.getAccount(accountId).getRoles().size() > before) {
            audit.record(
                    actorId,
                    AuditAction.ROLE_GRANTED,
                    organisation.getId(),
                    accountId,
                    details(role, theme));
        }
        return grant;
    }

    /**
     * Revokes a role of the organisation; a grant of another organisation is refused as unknown.
     */
    public void revoke(long actorId, String organisationCode, long roleId) {
        Organisation organisation = organisationFor(actorId, organisationCode);
        AccountRole grant = em.find(AccountRole.class, roleId);
        if (grant == null || !grant.getOrganisation().getId().equals(organisation.getId())) {
            throw new NoSuchEntityException("role", roleId);
        }
        checkAdminOnly(actorId, grant.getRole());
        long subject = grant.getAccount().getId();
        String details = details(grant.getRole(), grant.getTheme());

        accounts.revoke(roleId);
        audit.record(actorId, AuditAction.ROLE_REVOKED, organisation.getId(), subject, details);
    }

    private void checkAdminOnly(long actorId, Role role) {
        if (role == Role.ADMIN && !isAdmin(actorId)) {
            LOG.log(Level.WARNING, "Account {0} may not grant or revoke ADMIN", actorId);
            throw new NotPermittedException("ADMIN by non-admin", ADMIN_ONLY);
        }
    }

    private Theme theme(Organisation organisation, Role role, String themeCode) {
        if (role != Role.CURATOR) {
            if (themeCode != null && !themeCode.isBlank()) {
                throw new InvalidInputException(
                        "theme", nl.themaplein.portal.text.Messages.ONLY_CURATOR_HAS_THEME);
            }
            return null;
        }
        if (themeCode == null || themeCode.isBlank()) {
            throw new InvalidInputException(
                    "theme", nl.themaplein.portal.text.Messages.CURATOR_NEEDS_THEME);
        }
        return em.createNamedQuery(Theme.FIND_BY_CODE, Theme.class)
                .setParameter("code", themeCode.strip())
                .getResultStream()
                .filter(
                        t ->
                                t.isShared()
                                        || t.getOrganisation().getId().equals(organisation.getId()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("theme", THEME_UNKNOWN));
    }

    private static String details(Role role, Theme theme) {
        return "role=" + role + (theme == null ? "" : " theme=" + theme.getCode());
    }

    private static String themeCode(AccountRole role) {
        return role.getTheme() == null ? "" : role.getTheme().getCode();
    }

    private static boolean isAdmin(Account account) {
        return account.getRoles().stream().anyMatch(r -> r.getRole() == Role.ADMIN);
    }

    private static boolean holdsStaff(Account actor, Organisation organisation) {
        return actor.getRoles().stream()
                .anyMatch(
                        r ->
                                (r.getRole() == Role.STAFF || r.getRole() == Role.ADMIN)
                                        && r.getOrganisation()
                                                .getId()
                                                .equals(organisation.getId()));
    }
}
