package io.corroborate.consensus.book;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthorNamesTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Knuth, Donald E.                                      | knuth
            KNUTH, DONALD E.                                      | knuth
            Donald Ervin Knuth                                    | knuth
            Knuth                                                 | knuth
            Donald E. Knuth John Fuller                           | fuller; knuth
            o'leary, timothy j.;  o'leary, linda i.;              | oleary
            yacht, carol ;  crosson, susan ;                      | crosson; yacht
            Haag, Stephen, Perry, James T.                        | haag; perry
            Stephen Haag, James Perry and Barrie Sosinsky          | haag; perry; sosinsky
            Reddy, J. N. (Editor)                                 | reddy
            Dowd, Mark McDonald, John Schuh, Justin               | dowd; mcdonald; schuh
            Filman, Robert E., Elrad, Tzilla, Clarke, Siobhan     | clarke; elrad; filman
            HAAG, STEPHEN PERRY, JAMES T. SOSINSKY, BARRIE        | haag; perry; sosinsky
            By (author) Halpin, Terry By (author) Evans, Ken      | evans; halpin
            Etzel,Micheal &amp; Dickinson,Karen                   | dickinson; etzel
            Not Available                                         | ''
            """)
    void lastNamesSortedAndDeduplicated(String written, String expected) {
        assertEquals(expected, AuthorNames.normalise(written));
    }
}
