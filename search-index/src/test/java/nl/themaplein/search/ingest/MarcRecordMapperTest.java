package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import nl.themaplein.search.ingest.CatalogueRecord.Contributor;
import nl.themaplein.search.ingest.CatalogueRecord.Link;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarcRecordMapperTest {

    @Nested
    class Id {

        @Test
        void isThe001Trimmed() {
            CatalogueRecord record = Marc.book("  ocm12345 ").map();

            assertThat(record.id()).isEqualTo("ocm12345");
        }

        @Test
        void withoutA001IsAHashThatIsTheSameOnEveryImport() {
            Marc first =
                    Marc.record("00000nam a2200000 i 4500").field("245", "00", "a", "Zelfde boek");
            Marc second =
                    Marc.record("00000nam a2200000 i 4500").field("245", "00", "a", "Zelfde boek");

            String id = first.map().id();

            assertThat(id)
                    .startsWith(MarcRecordMapper.HASH_ID_PREFIX)
                    .hasSize(MarcRecordMapper.HASH_ID_PREFIX.length() + 20);
            assertThat(second.map().id()).isEqualTo(id);
        }

        @Test
        void hashIgnoresTheTimeStampAndTheUnicodeForm() {
            String decomposed = Normalizer.normalize("Müller", Normalizer.Form.NFD);
            Marc nfc =
                    Marc.record("00000nam a2200000 i 4500")
                            .control("005", "20240101120000.0")
                            .field("100", "1 ", "a", "Müller");
            Marc nfd =
                    Marc.record("00000nam a2200000 i 4500")
                            .control("005", "20251231235959.0")
                            .field("100", "1 ", "a", decomposed);

            assertThat(nfd.map().id()).isEqualTo(nfc.map().id());
        }

        @Test
        void hashDiffersForDifferentContent() {
            Marc one = Marc.record("00000nam a2200000 i 4500").field("245", "00", "a", "Eerste");
            Marc two = Marc.record("00000nam a2200000 i 4500").field("245", "00", "a", "Tweede");

            assertThat(one.map().id()).isNotEqualTo(two.map().id());
        }

        @Test
        void blank001CountsAsMissing() {
            CatalogueRecord record = Marc.book("   ").field("245", "00", "a", "Titel").map();

            assertThat(record.id()).startsWith(MarcRecordMapper.HASH_ID_PREFIX);
        }
    }

    @Nested
    class Title {

        @Test
        void joinsMainTitleAndSubtitleAndTrimsIsbdPunctuation() {
            CatalogueRecord record =
                    Marc.book("t1")
                            .field(
                                    "245",
                                    "10",
                                    "a",
                                    "Max Havelaar :",
                                    "b",
                                    "of de koffieveilingen /",
                                    "c",
                                    "Multatuli.")
                            .map();

            assertThat(record.title()).isEqualTo("Max Havelaar : of de koffieveilingen");
            assertThat(record.titleMain()).isEqualTo("Max Havelaar");
            assertThat(record.subtitle()).isEqualTo("of de koffieveilingen");
            assertThat(record.hasTitle()).isTrue();
        }

        @Test
        void putsInTheSeparatorsARecordWithoutIsbdPunctuationLacks() {
            CatalogueRecord record =
                    Marc.book("t2")
                            .field(
                                    "245",
                                    "00",
                                    "a",
                                    "Handboek",
                                    "b",
                                    "voor thuis",
                                    "n",
                                    "Deel 2",
                                    "p",
                                    "Tuin")
                            .map();

            assertThat(record.title()).isEqualTo("Handboek : voor thuis. Deel 2. Tuin");
        }

        @Test
        void noSeparatorAfterAnExclamationOrQuestionMark() {
            CatalogueRecord record =
                    Marc.book("t11").field("245", "10", "a", "Wat een dag!", "n", "Deel 1").map();

            assertThat(record.title()).isEqualTo("Wat een dag! Deel 1");
        }

        @Test
        void keepsTheFullStopOfAnInitialButNotOfAWord() {
            CatalogueRecord initials =
                    Marc.book("t3").field("245", "00", "a", "Verhalen van J.R.R.").map();
            CatalogueRecord sentence =
                    Marc.book("t4").field("245", "00", "a", "Verhalen uit de polder.").map();

            assertThat(initials.title()).isEqualTo("Verhalen van J.R.R.");
            assertThat(sentence.title()).isEqualTo("Verhalen uit de polder");
        }

        @Test
        void sortKeyDropsTheNonFilingCharactersAndFoldsDiacritics() {
            CatalogueRecord article =
                    Marc.book("t5").field("245", "04", "a", "Het Élan van de stad").map();
            CatalogueRecord accent =
                    Marc.book("t6").field("245", "00", "a", "Über Straßen und Plätze").map();

            assertThat(article.titleSort()).isEqualTo("elan van de stad");
            assertThat(article.title()).isEqualTo("Het Élan van de stad");
            assertThat(accent.titleSort()).isEqualTo("uber strassen und platze");
        }

        @Test
        void ignoresANonFilingCountLongerThanTheTitle() {
            CatalogueRecord record = Marc.book("t7").field("245", "09", "a", "Kort").map();

            assertThat(record.titleSort()).isEqualTo("kort");
        }

        @Test
        void withoutSubfieldAIsBuiltFromFormAndDates() {
            CatalogueRecord record =
                    Marc.book("t8")
                            .field("245", "10", "k", "Brieven en dagboeken,", "f", "1890-1910.")
                            .map();

            assertThat(record.title()).isEqualTo("Brieven en dagboeken, 1890-1910");
            assertThat(record.hasTitle()).isTrue();
            assertThat(record.titleMain()).isNull();
        }

        @Test
        void withoutA245IsAPlaceholderThatSortsLast() {
            CatalogueRecord record = Marc.book("t9").field("300", "  ", "a", "1 kaart").map();

            assertThat(record.title()).isEqualTo("[Zonder titel]");
            assertThat(record.hasTitle()).isFalse();
            assertThat(record.titleSort()).isNull();
        }

        @Test
        void a245WithOnlyAStatementOfResponsibilityHasNoTitle() {
            CatalogueRecord record = Marc.book("t10").field("245", "00", "c", "door iemand.").map();

            assertThat(record.hasTitle()).isFalse();
            assertThat(record.title()).isEqualTo(MarcRecordMapper.UNTITLED);
        }
    }

    @Nested
    class Contributors {

        @Test
        void mainEntryFirstThenAddedEntriesWithDutchRoles() {
            CatalogueRecord record =
                    Marc.book("c1")
                            .field("700", "1 ", "a", "Bakker, Kees,", "4", "ill")
                            .field(
                                    "100",
                                    "1 ",
                                    "a",
                                    "Austen, Jane,",
                                    "d",
                                    "1775-1817,",
                                    "e",
                                    "author.")
                            .field(
                                    "700",
                                    "1 ",
                                    "a",
                                    "Visser, Anne,",
                                    "4",
                                    "http://id.loc.gov/vocabulary/relators/trl")
                            .map();

            assertThat(record.contributors())
                    .containsExactly(
                            new Contributor("Austen, Jane, 1775-1817", "auteur"),
                            new Contributor("Bakker, Kees", "illustrator"),
                            new Contributor("Visser, Anne", "vertaler"));
        }

        @Test
        void corporateAndMeetingNamesWithTheirOwnRoleSubfields() {
            CatalogueRecord record =
                    Marc.book("c2")
                            .field(
                                    "110",
                                    "2 ",
                                    "a",
                                    "Openbare Bibliotheek Zwolle.",
                                    "b",
                                    "Leesclub.")
                            .field(
                                    "711",
                                    "2 ",
                                    "a",
                                    "Boekendag",
                                    "d",
                                    "(2024 :",
                                    "c",
                                    "Utrecht)",
                                    "j",
                                    "Hrsg.")
                            .map();

            assertThat(record.contributors())
                    .containsExactly(
                            new Contributor("Openbare Bibliotheek Zwolle. Leesclub", null),
                            new Contributor("Boekendag (2024 : Utrecht)", "redacteur"));
        }

        @Test
        void keepsAnUnknownRelatorTermAsCataloguedAndJoinsSeveralRoles() {
            CatalogueRecord record =
                    Marc.book("c3")
                            .field(
                                    "700",
                                    "1 ",
                                    "a",
                                    "Smit, Noor.",
                                    "e",
                                    "beeldredacteur,",
                                    "e",
                                    "editor.")
                            .map();

            assertThat(record.contributors())
                    .containsExactly(new Contributor("Smit, Noor", "beeldredacteur, redacteur"));
            assertThat(record.contributors().getFirst().display())
                    .isEqualTo("Smit, Noor (beeldredacteur, redacteur)");
        }

        @Test
        void sameRoleFromTermAndCodeOnce() {
            CatalogueRecord record =
                    Marc.book("c4")
                            .field("100", "1 ", "a", "Mulder, Daan,", "e", "auteur", "4", "aut")
                            .map();

            assertThat(record.contributors())
                    .containsExactly(new Contributor("Mulder, Daan", "auteur"));
        }
    }

    @Nested
    class SubjectsAndGenres {

        @Test
        void subdivisionsJoinedAndControlSubfieldsLeftOut() {
            CatalogueRecord record =
                    Marc.book("s1")
                            .field(
                                    "650",
                                    " 0",
                                    "a",
                                    "Libraries",
                                    "x",
                                    "History",
                                    "z",
                                    "Netherlands.",
                                    "0",
                                    "http://id.example/1")
                            .field(
                                    "600",
                                    "10",
                                    "a",
                                    "Erasmus, Desiderius,",
                                    "d",
                                    "-1536",
                                    "v",
                                    "Biography.")
                            .field("651", " 7", "a", "Amsterdam.", "2", "gtt")
                            .map();

            assertThat(record.subjects())
                    .containsExactly(
                            "Erasmus, Desiderius, -1536 -- Biography",
                            "Libraries -- History -- Netherlands",
                            "Amsterdam");
        }

        @Test
        void uncontrolledTermsEachOnTheirOwnAndNoRepeats() {
            CatalogueRecord record =
                    Marc.book("s2")
                            .field("650", " 4", "a", "Tuinieren")
                            .field("650", " 7", "a", "Tuinieren", "2", "local")
                            .field("653", "  ", "a", "moestuin", "a", "compost")
                            .map();

            assertThat(record.subjects()).containsExactly("Tuinieren", "moestuin", "compost");
        }

        @Test
        void genresFrom655() {
            CatalogueRecord record =
                    Marc.book("s3")
                            .field("655", " 7", "a", "Detective and mystery fiction.", "2", "lcgft")
                            .map();

            assertThat(record.genres()).containsExactly("Detective and mystery fiction");
        }
    }

    @Nested
    class Isbns {

        @Test
        void shownAsCataloguedAndSearchableInBothForms() {
            CatalogueRecord record =
                    Marc.book("i1")
                            .field("020", "  ", "a", "978-90-6169-101-3", "q", "paperback")
                            .field("020", "  ", "a", "0-394-56151-1 (pbk.) :")
                            .map();

            assertThat(record.isbns()).containsExactly("978-90-6169-101-3", "0-394-56151-1 (pbk.)");
            assertThat(record.isbnSearchKeys())
                    .containsExactly("9789061691013", "906169101X", "9780394561516", "0394561511");
        }

        @Test
        void anInvalidCheckDigitIsShownButNotSearchable() {
            CatalogueRecord record =
                    Marc.book("i2").field("020", "  ", "a", "978-90-6169-101-4").map();

            assertThat(record.isbns()).containsExactly("978-90-6169-101-4");
            assertThat(record.isbnSearchKeys()).isEmpty();
        }

        @Test
        void cancelledIsbnsInSubfieldZAreLeftOut() {
            CatalogueRecord record = Marc.book("i3").field("020", "  ", "z", "9789061691013").map();

            assertThat(record.isbns()).isEmpty();
            assertThat(record.isbnSearchKeys()).isEmpty();
        }
    }

    @Nested
    class LanguageAndYear {

        @Test
        void languageFrom008Then041SplitWithoutRepeats() {
            CatalogueRecord record =
                    Marc.book("l1")
                            .fixed("2020", "dut")
                            .field("041", "1 ", "a", "engfre", "a", "dut", "h", "ger")
                            .field("041", "0 ", "a", "|||")
                            .map();

            assertThat(record.languages()).containsExactly("dut", "eng", "fre");
        }

        @Test
        void blankAndFilledLanguageCodesAreIgnored() {
            CatalogueRecord blank = Marc.book("l2").fixed("2020", "   ").map();
            CatalogueRecord filled = Marc.book("l3").fixed("2020", "|||").map();

            assertThat(blank.languages()).isEmpty();
            assertThat(filled.languages()).isEmpty();
        }

        @Test
        void yearFrom008WhenNumeric() {
            CatalogueRecord record =
                    Marc.book("y1").fixed("1998", "dut").field("264", " 1", "c", "2001").map();

            assertThat(record.year()).isEqualTo(1998);
        }

        @Test
        void yearFromPublicationStatementWhen008HasNone() {
            CatalogueRecord from264 =
                    Marc.book("y2")
                            .fixed("19uu", "dut")
                            .field("264", " 1", "c", "[ca. 2019]")
                            .map();
            CatalogueRecord from260 = Marc.book("y3").field("260", "  ", "c", "c1987.").map();
            CatalogueRecord copyright = Marc.book("y4").field("264", " 4", "c", "©2015").map();
            CatalogueRecord none = Marc.book("y5").field("260", "  ", "c", "[19--?]").map();

            assertThat(from264.year()).isEqualTo(2019);
            assertThat(from260.year()).isEqualTo(1987);
            assertThat(copyright.year()).isEqualTo(2015);
            assertThat(none.year()).isNull();
        }
    }

    @Nested
    class Publication {

        @Test
        void publisherAndPlaceFrom264PublicationBefore260() {
            CatalogueRecord record =
                    Marc.book("p1")
                            .field(
                                    "260",
                                    "  ",
                                    "a",
                                    "Oudplaats :",
                                    "b",
                                    "Oude Uitgever,",
                                    "c",
                                    "1990.")
                            .field("264", " 0", "a", "Drukkerplaats :", "b", "Drukker,")
                            .field(
                                    "264",
                                    " 1",
                                    "a",
                                    "Amsterdam ;",
                                    "a",
                                    "Antwerpen :",
                                    "b",
                                    "Testuitgeverij,",
                                    "c",
                                    "2023")
                            .map();

            assertThat(record.publishers()).containsExactly("Testuitgeverij");
            assertThat(record.publicationPlaces()).containsExactly("Amsterdam", "Antwerpen");
        }

        @Test
        void publisherFrom260WithoutA264Publication() {
            CatalogueRecord record =
                    Marc.book("p2").field("260", "  ", "a", "[S.l.] :", "b", "Eigen beheer,").map();

            assertThat(record.publishers()).containsExactly("Eigen beheer");
            assertThat(record.publicationPlaces()).containsExactly("[S.l.]");
        }

        @Test
        void seriesOnceFromStatementAndAddedEntries() {
            CatalogueRecord record =
                    Marc.book("p3")
                            .field("490", "1 ", "a", "Wegwijs-reeks ;", "v", "12")
                            .field("830", " 0", "a", "Wegwijs-reeks ;", "v", "12.")
                            .field(
                                    "800",
                                    "1 ",
                                    "a",
                                    "Tolkien, J. R. R.",
                                    "t",
                                    "Lord of the rings ;",
                                    "v",
                                    "1.")
                            .map();

            assertThat(record.series())
                    .containsExactly("Wegwijs-reeks", "Tolkien, J. R. R. Lord of the rings");
        }

        @Test
        void summaryAsCatalogued() {
            CatalogueRecord record =
                    Marc.book("p4").field("520", "  ", "a", "Een verhaal over de zee.").map();

            assertThat(record.summaries()).containsExactly("Een verhaal over de zee.");
        }
    }

    @Nested
    class LinksAndCallNumbers {

        @Test
        void webLinksWithTheirLabels() {
            CatalogueRecord record =
                    Marc.book("k1")
                            .field("856", "40", "u", "https://e.example/boek", "y", "Lees online")
                            .field("856", "42", "3", "Inhoudsopgave", "u", "http://toc.example/1")
                            .field(
                                    "856",
                                    "41",
                                    "u",
                                    "https://alt.example/1",
                                    "z",
                                    "Alleen voor leden")
                            .field("856", "40", "u", "javascript:alert(1)")
                            .field("856", "40", "u", "ftp://old.example/file")
                            .map();

            assertThat(record.links())
                    .containsExactly(
                            new Link("https://e.example/boek", "Lees online"),
                            new Link("http://toc.example/1", "Inhoudsopgave"),
                            new Link("https://alt.example/1", "Alleen voor leden"));
        }

        @Test
        void callNumbersFromHoldingsAndLocalFieldsAsCatalogued() {
            CatalogueRecord record =
                    Marc.book("k2")
                            .field(
                                    "852",
                                    " 1",
                                    "b",
                                    "Centrale",
                                    "h",
                                    "NED 839.3 : 2019",
                                    "i",
                                    "MULT")
                            .field("092", "  ", "a", "839.3", "b", "MUL")
                            .field("099", "  ", "a", "FIC", "a", "MULTATULI")
                            .map();

            assertThat(record.callNumbers())
                    .containsExactly("NED 839.3 : 2019 MULT", "839.3 MUL", "FIC MULTATULI");
        }

        @Test
        void sourceIsKept() {
            CatalogueRecord record =
                    new MarcRecordMapper().map(Marc.book("k3").build(), "aanwinsten.mrc");

            assertThat(record.source()).isEqualTo("aanwinsten.mrc");
        }
    }

    @Nested
    class Formats {

        @ParameterizedTest(name = "leader {0}, 007 {1}, 008/23 {2}, 008/26 {3}, 008/33 {4} -> {5}")
        @CsvSource(
                delimiter = ';',
                value = {
                    "am ;            ; ' ' ; ' ' ; 0 ; BOOK",
                    "am ; cr |||||||| ; ' ' ; ' ' ; 0 ; EBOOK",
                    "am ;            ; o   ; ' ' ; 0 ; EBOOK",
                    "tm ;            ; ' ' ; ' ' ; 0 ; BOOK",
                    "as ;            ; ' ' ; ' ' ; 0 ; SERIAL",
                    "ai ;            ; o   ; ' ' ; 0 ; ONLINE_RESOURCE",
                    "im ; sd fsngnn  ; ' ' ; ' ' ; 0 ; AUDIOBOOK",
                    "jm ;            ; ' ' ; ' ' ; 0 ; MUSIC_RECORDING",
                    "cm ;            ; ' ' ; ' ' ; 0 ; MUSIC_SCORE",
                    "em ;            ; ' ' ; ' ' ; 0 ; MAP",
                    "gm ; vd cvaizq  ; ' ' ; ' ' ; v ; VIDEO",
                    "gm ;            ; ' ' ; ' ' ; s ; OTHER",
                    "mm ;            ; ' ' ; g   ; ' ' ; GAME",
                    "mm ;            ; ' ' ; b   ; ' ' ; SOFTWARE",
                    "mm ;            ; o   ; j   ; ' ' ; ONLINE_RESOURCE",
                    "rm ;            ; ' ' ; ' ' ; g ; GAME",
                    "rm ;            ; ' ' ; ' ' ; a ; OTHER",
                    "km ;            ; ' ' ; ' ' ; ' ' ; OTHER",
                })
        void fromLeader007And008(
                String typeAndLevel,
                String physical,
                String form,
                String fileType,
                String visual,
                Format expected) {
            char[] fixed = " ".repeat(40).toCharArray();
            "250101s2020".getChars(0, 11, fixed, 0);
            fixed[23] = form.charAt(0);
            fixed[26] = fileType.charAt(0);
            fixed[33] = visual.charAt(0);
            Marc marc =
                    Marc.record("00000n" + typeAndLevel + " a2200000 i 4500")
                            .control("008", new String(fixed));
            if (physical != null) {
                marc.control("007", physical);
            }

            assertThat(marc.map().format()).isEqualTo(expected);
        }
    }

    @Nested
    class TextHygiene {

        @Test
        void everyValueIsNfcWithoutControlOrReplacementCharacters() {
            String decomposed = Normalizer.normalize("Café Noël", Normalizer.Form.NFD);
            CatalogueRecord record =
                    Marc.book("h1")
                            .field("245", "00", "a", decomposed + "\u0007\u0085 \uFFFDmenu\u200F")
                            .field("520", "  ", "a", "Regel één\nregel\ttwee\u0000")
                            .map();

            assertThat(record.title()).isEqualTo("Café Noël menu");
            assertThat(record.summaries()).containsExactly("Regel één regel twee");
        }

        @Test
        void strayCombiningMarksAreDropped() {
            CatalogueRecord record =
                    Marc.book("h2").field("245", "00", "a", "\u0301Ode aan \u0308de zee").map();

            assertThat(record.title()).isEqualTo("Ode aan de zee");
        }

        @Test
        void blankFieldsGiveNoValues() {
            CatalogueRecord record =
                    Marc.book("h3")
                            .field("650", " 4", "a", "   ")
                            .field("020", "  ", "a", "\u00a0")
                            .field("520", "  ", "a", "")
                            .map();

            assertThat(record.subjects()).isEmpty();
            assertThat(record.isbns()).isEmpty();
            assertThat(record.summaries()).isEmpty();
        }
    }

    @Test
    void aRecordWithNothingButALeaderStillMaps() {
        CatalogueRecord record = Marc.record("00000nam a2200000 i 4500").map();

        assertThat(record.id()).startsWith(MarcRecordMapper.HASH_ID_PREFIX);
        assertThat(record.title()).isEqualTo(MarcRecordMapper.UNTITLED);
        assertThat(record.contributors()).isEmpty();
        assertThat(record.year()).isNull();
        assertThat(record.format()).isEqualTo(Format.BOOK);
        assertThat(List.of(record.subjects(), record.languages(), record.links()))
                .allMatch(List::isEmpty);
    }
}
