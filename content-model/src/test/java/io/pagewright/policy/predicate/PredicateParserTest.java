package io.pagewright.policy.predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredicateParserTest {

    private final PredicateParser parser = new PredicateParser(FieldCatalog.defaults());

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        ProfilePredicate parsed =
                parser.parse(
                        "ageBand == \"under-18\" or not consent.personalization and region in [\"eu\", \"uk\"]");

        assertThat(parsed)
                .isEqualTo(
                        new ProfilePredicate.Or(
                                List.of(
                                        new ProfilePredicate.Compare(
                                                "ageBand", Operator.EQ, "under-18"),
                                        new ProfilePredicate.And(
                                                List.of(
                                                        new ProfilePredicate.Not(
                                                                new ProfilePredicate.Compare(
                                                                        "consent.personalization",
                                                                        Operator.EQ,
                                                                        true)),
                                                        new ProfilePredicate.In(
                                                                "region", List.of("eu", "uk")))))));
    }

    @Test
    void theCanonicalTextParsesBackToTheSamePredicate() {
        for (String text :
                List.of(
                        "(ageBand == \"under-18\" or region != \"eu\") and teamSize >= 10",
                        "not (planTier in [\"free\", \"team\"] and lastPurchaseValue < 49.5)",
                        "ltvBand exists and not consent.marketing",
                        "userRole == \"say \\\"hi\\\"\"")) {
            ProfilePredicate parsed = parser.parse(text);
            assertThat(parser.parse(parsed.toText())).as(text).isEqualTo(parsed);
        }
    }

    @Test
    void evaluationTreatsMissingAttributesAsFalseExceptNotEquals() {
        Map<String, Object> teen =
                Map.of("ageBand", "under-18", "teamSize", 12, "consent.personalization", false);

        assertThat(holds("ageBand == \"under-18\"", teen)).isTrue();
        assertThat(holds("teamSize > 11.5 and teamSize <= 12", teen)).isTrue();
        assertThat(holds("not consent.personalization", teen)).isTrue();
        assertThat(holds("region == \"eu\"", teen)).isFalse();
        assertThat(holds("region in [\"eu\"]", teen)).isFalse();
        assertThat(holds("lastPurchaseValue < 100", teen)).isFalse();
        assertThat(holds("region != \"eu\"", teen)).isTrue();
        assertThat(holds("region exists", teen)).isFalse();
        assertThat(holds("not consent.marketing", teen))
                .as("missing consent is no consent")
                .isTrue();
    }

    @Test
    void aValueOfTheWrongTypeAtRequestTimeNeverMatchesAComparison() {
        Map<String, Object> odd = Map.of("teamSize", "twelve");

        assertThat(holds("teamSize > 1", odd)).isFalse();
        assertThat(holds("teamSize == 12", odd)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
                    agebnd == "x"                     | 0  | unknown attribute 'agebnd' (did you mean 'ageBand'?)
                    ageBand == 18                     | 11 | ageBand is a string, not comparable with 18
                    region < "m"                      | 7  | '<' compares numbers, but region is a string
                    teamSize in [1, "two"]            | 16 | teamSize is a number, not comparable with "two"
                    ageBand                           | 7  | ageBand is a string, compare it with a value (expected an operator, 'in' or 'exists', found end of text)
                    consent.personalization and       | 27 | expected an attribute name, found end of text
                    (region == "eu"                   | 15 | expected ')', found end of text
                    region == "eu" region == "uk"     | 15 | expected 'and', 'or' or the end, found 'region'
                    region in []                      | 11 | 'in' needs at least one value
                    region == "eu                     | 10 | string is not closed
                    region = "eu"                     | 7  | unknown operator '='
                    region == "eu" # comment          | 15 | unexpected character '#'
                    """)
    void mistakesAreReportedWithTheirPosition(String text, int position, String problem) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOfSatisfying(
                        PredicateException.class,
                        e -> {
                            assertThat(e.problem()).isEqualTo(problem);
                            assertThat(e.position()).isEqualTo(position);
                        });
    }

    @Test
    void anEmptyPredicateIsAMistake() {
        assertThatThrownBy(() -> parser.parse("   "))
                .isInstanceOf(PredicateException.class)
                .hasMessage("the predicate is empty at position 0");
    }

    @Test
    void theCatalogIsExtensible() {
        FieldCatalog catalog =
                FieldCatalog.defaults().with(Field.of("industry", FieldType.STRING, "retail"));

        assertThat(new PredicateParser(catalog).parse("industry == \"retail\""))
                .isInstanceOf(ProfilePredicate.Compare.class);
        assertThatThrownBy(() -> parser.parse("industry == \"retail\""))
                .isInstanceOf(PredicateException.class);
    }

    private boolean holds(String text, Map<String, Object> attributes) {
        return Predicates.holds(parser.parse(text), attributes);
    }
}
