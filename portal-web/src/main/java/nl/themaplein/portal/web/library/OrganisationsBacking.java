package nl.themaplein.portal.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.themaplein.portal.error.DuplicateException;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.library.LibraryInput;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * {@code /admin/organisations.xhtml} (ADMIN, web.xml; the service checks again): creates
 * organisations and adds branches to them. Branch details, hours and rooms are kept on the staff
 * page.
 */
@Named
@RequestScoped
public class OrganisationsBacking {

    @Inject private LibraryService libraries;
    @Inject private LocaleBacking locale;

    private String code;
    private String name;
    private String website;

    private String organisation;
    private String branchCode;
    private String branchName;
    private String street;
    private String postcode;
    private String place;
    private String municipality;

    /** Every organisation, for the list and the menu. */
    public List<LibraryBacking.Choice> getOrganisations() {
        return libraries.organisations().stream()
                .map(o -> new LibraryBacking.Choice(o.getCode(), o.getName()))
                .toList();
    }

    public void create() {
        try {
            libraries.createOrganisation(StaffForms.caller(), code, name, website);
            StaffForms.saved(Messages.text(locale.getLocale(), "library.admin.created"));
            code = null;
            name = null;
            website = null;
        } catch (InvalidInputException e) {
            StaffForms.refuse("organisation:" + e.field(), e);
        } catch (DuplicateException e) {
            StaffForms.refuse("organisation:" + e.field(), e);
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    public void addBranch() {
        try {
            libraries.addBranch(
                    StaffForms.caller(),
                    organisation,
                    branchCode,
                    new LibraryInput.BranchDetails(
                            branchName, street, postcode, place, municipality, null, null));
            StaffForms.saved(Messages.text(locale.getLocale(), "library.admin.branchAdded"));
            branchCode = null;
            branchName = null;
            street = null;
            postcode = null;
            place = null;
            municipality = null;
        } catch (InvalidInputException e) {
            StaffForms.refuse(
                    "branch:"
                            + ("name".equals(e.field())
                                    ? "branchName"
                                    : "code".equals(e.field()) ? "branchCode" : e.field()),
                    e);
        } catch (DuplicateException e) {
            StaffForms.refuse("branch:branchCode", e);
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public String getBranchName() {
        return branchName;
    }

    public void setBranchName(String branchName) {
        this.branchName = branchName;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }
}
