package nl.themaplein.portal.library;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.themaplein.portal.account.Role;

/**
 * Who may change what, decided from the account's roles in the database (not from the groups of the
 * login, which do not say which organisation): an ADMIN in any organisation may act on all, STAFF
 * only on the organisations they are staff of.
 */
public final class OrganisationAccess {

    private final EntityManager em;

    public OrganisationAccess(EntityManager em) {
        this.em = em;
    }

    /** Whether the account is an administrator of the installation. */
    public boolean isAdmin(long accountId) {
        return !roles(accountId, List.of(Role.ADMIN)).isEmpty();
    }

    /** Whether the account may manage the organisation (its staff, or any admin). */
    public boolean mayManage(long accountId, Organisation organisation) {
        return isAdmin(accountId)
                || roles(accountId, List.of(Role.STAFF)).contains(organisation.getId());
    }

    /** Refuses unless the account may manage the organisation. */
    public void requireManager(long accountId, Organisation organisation) {
        if (!mayManage(accountId, organisation)) {
            throw new OrganisationAccessException(accountId, organisation.toString());
        }
    }

    /** Refuses unless the account is an administrator. */
    public void requireAdmin(long accountId, String what) {
        if (!isAdmin(accountId)) {
            throw new OrganisationAccessException(accountId, what);
        }
    }

    /** Ids of the organisations where the account holds one of {@code roles}. */
    private List<Long> roles(long accountId, List<Role> roles) {
        return em.createQuery(
                        "SELECT r.organisation.id FROM AccountRole r"
                                + " WHERE r.account.id = :account AND r.role IN :roles",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter("roles", roles)
                .getResultList();
    }
}
