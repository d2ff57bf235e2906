package nl.themaplein.portal.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.account.NewAccount;
import nl.themaplein.portal.account.Role;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;

/**
 * Test support, added only to the test deployments of slice B (never to the built WAR): opens a
 * confirmed member account through the real {@link AccountService}, as sign-up will, so each test
 * has accounts of its own (tests on PostgreSQL share one database across runs).
 *
 * <p>{@code POST
 * /test-support/accounts?email=&name=&password=&branch=org/branch&member=&themes=a,b} answers the
 * new account's id.
 */
@WebServlet("/test-support/accounts")
public class TestAccounts extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private AccountService accounts;
    @Inject private LibraryService libraries;
    @Inject private ThemeService themes;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String[] branchPath = request.getParameter("branch").split("/");
        Branch branch = libraries.getBranch(branchPath[0], branchPath[1]);
        Account account =
                accounts.create(
                        new NewAccount(
                                request.getParameter("email"),
                                request.getParameter("name"),
                                request.getParameter("password"),
                                branch.getId(),
                                null));
        long id = account.getId();
        accounts.confirm(id);
        accounts.grant(id, branch.getOrganisation(), Role.MEMBER, null);
        String member = request.getParameter("member");
        if (member != null && !member.isBlank()) {
            accounts.setMemberNumber(id, member);
        }
        String themeCodes = request.getParameter("themes");
        if (themeCodes != null && !themeCodes.isBlank()) {
            List<Theme> chosen =
                    Arrays.stream(themeCodes.split(",")).map(themes::getTheme).toList();
            accounts.chooseInterests(id, chosen);
        }
        response.setContentType("text/plain");
        response.getWriter().print(id);
    }
}
