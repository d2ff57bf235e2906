package nl.themaplein.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Upload names as staff see them (INPUT-POLICY, "Files"). */
class UploadNameTest {

    @Test
    void pathPartsControlAndBidiCharactersGo() {
        assertThat(CatalogueImportService.cleanUploadName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CatalogueImportService.cleanUploadName("C:\\exports\\catalogus.mrc"))
                .isEqualTo("catalogus.mrc");
        assertThat(CatalogueImportService.cleanUploadName("cata\u202Egol\u0000us.xml"))
                .isEqualTo("catagolus.xml");
        assertThat(CatalogueImportService.cleanUploadName("Cafe\u0301.mrc")).isEqualTo("Café.mrc");
    }

    @Test
    void nothingUsableLeftGivesAPlainName() {
        assertThat(CatalogueImportService.cleanUploadName(null)).isEqualTo("upload");
        assertThat(CatalogueImportService.cleanUploadName("dir/")).isEqualTo("upload");
        assertThat(CatalogueImportService.cleanUploadName("..")).isEqualTo("upload");
        assertThat(CatalogueImportService.cleanUploadName("x".repeat(300))).hasSize(200);
    }
}
