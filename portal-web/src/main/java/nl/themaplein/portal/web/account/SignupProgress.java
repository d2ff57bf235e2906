package nl.themaplein.portal.web.account;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Where this browser is in the sign-up: started or not, the account step 1 opened (none when the
 * address had one already: the next screens look the same, but change nothing), the organisation of
 * the chosen branch (for its own themes) and the themes chosen in step 2.
 */
@SessionScoped
public class SignupProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean started;
    private Long accountId;
    private Long branchId;
    private List<String> themeCodes = new ArrayList<>();

    void start(Long accountId, Long branchId) {
        this.started = true;
        this.accountId = accountId;
        this.branchId = branchId;
        this.themeCodes = new ArrayList<>();
    }

    boolean isStarted() {
        return started;
    }

    Long accountId() {
        return accountId;
    }

    Long branchId() {
        return branchId;
    }

    List<String> themeCodes() {
        return List.copyOf(themeCodes);
    }

    void chose(List<String> codes) {
        themeCodes = new ArrayList<>(codes);
    }
}
