package io.corroborate;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * For tests whose point is an answer larger than the default cost limit allows (a 33,000-fact story, statement counts
 * of a 100-fact page with every nested list, heavy requests abandoned midway).
 */
public class LargeAnswers implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("corroborate.graphql.max-cost", "5000000");
    }
}
