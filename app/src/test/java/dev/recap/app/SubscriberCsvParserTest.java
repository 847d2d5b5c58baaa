package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.app.SubscriberCsvParser.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriberCsvParserTest {

    @Test
    void shouldSplitPlainFieldsAndNumberEachRowByItsLine() throws Exception {
        List<Row> rows = SubscriberCsvParser.parse("email,name\nada@example.org,Ada\n");

        assertThat(rows)
                .containsExactly(new Row(1, List.of("email", "name")), new Row(2, List.of("ada@example.org", "Ada")));
    }

    @Test
    void shouldKeepACommaInsideAQuotedField() throws Exception {
        List<Row> rows = SubscriberCsvParser.parse("\"Moreau, Lucie\",fr");

        assertThat(rows).containsExactly(new Row(1, List.of("Moreau, Lucie", "fr")));
    }

    @Test
    void shouldReadADoubledQuoteAsOneQuote() throws Exception {
        List<Row> rows = SubscriberCsvParser.parse("\"Priya \"\"PJ\"\" Joshi\",\"\"");

        assertThat(rows).containsExactly(new Row(1, List.of("Priya \"PJ\" Joshi", "")));
    }

    @Test
    void shouldAcceptCrLfLineEndings() throws Exception {
        List<Row> rows = SubscriberCsvParser.parse("a,b\r\nc,d\r\n");

        assertThat(rows).containsExactly(new Row(1, List.of("a", "b")), new Row(2, List.of("c", "d")));
    }

    @Test
    void shouldKeepALineBreakInsideQuotesAndCountItForTheNextRow() throws Exception {
        List<Row> rows = SubscriberCsvParser.parse("\"two\r\nlines\",x\r\nnext,y");

        assertThat(rows).containsExactly(new Row(1, List.of("two\r\nlines", "x")), new Row(3, List.of("next", "y")));
    }

    @Test
    void shouldSkipEmptyAndBlankLines() throws Exception {
        List<Row> rows = SubscriberCsvParser.parse("a,b\n\n  \r\nc,d\n\n");

        assertThat(rows).containsExactly(new Row(1, List.of("a", "b")), new Row(4, List.of("c", "d")));
    }

    @Test
    void shouldKeepEmptyFieldsBetweenCommas() throws Exception {
        List<Row> rows = SubscriberCsvParser.parse("a,,\n");

        assertThat(rows).containsExactly(new Row(1, List.of("a", "", "")));
    }

    @Test
    void shouldIgnoreAByteOrderMark() throws Exception {
        List<Row> rows = SubscriberCsvParser.parse("\uFEFFemail\n");

        assertThat(rows).containsExactly(new Row(1, List.of("email")));
    }

    @Test
    void shouldTolerateSpacesAroundAQuotedField() throws Exception {
        List<Row> rows = SubscriberCsvParser.parse("a, \"b, c\" ,d");

        assertThat(rows).containsExactly(new Row(1, List.of("a", "b, c", "d")));
    }

    @Test
    void shouldRefuseAQuoteInsideAnUnquotedFieldNamingTheLine() {
        assertThatThrownBy(() -> SubscriberCsvParser.parse("a,b\nTom \"T\" Nowak,c"))
                .isInstanceOfSatisfying(
                        SubscriberCsvParser.SyntaxException.class,
                        e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("a quote inside an unquoted field; quote the whole field and double the quote (\"\")");
    }

    @Test
    void shouldRefuseTextAfterAClosingQuote() {
        assertThatThrownBy(() -> SubscriberCsvParser.parse("\"Tom\" Nowak,c"))
                .isInstanceOf(SubscriberCsvParser.SyntaxException.class)
                .hasMessage("text after the closing quote of a field; write a quote inside a quoted field as \"\"");
    }

    @Test
    void shouldNameTheLineWhereAnUnclosedQuoteOpened() {
        assertThatThrownBy(() -> SubscriberCsvParser.parse("a,b\nc,\"d\ne,f\n"))
                .isInstanceOfSatisfying(
                        SubscriberCsvParser.SyntaxException.class,
                        e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("a quoted field opened on this line is never closed");
    }
}
