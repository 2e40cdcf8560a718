package io.corroborate.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The stories, their cast (a country, its capital, a government, two ministries and ten people) and the
 * articles covering them. Every story is shaped like the seed story: people who head, speak for or belong
 * to the bodies they are quoted for, so that attributions and relations matter to the verdicts.
 */
final class Newsroom {

    static final String[] COUNTRIES = {"Arvenia", "Belmora", "Calderon", "Dastavia", "Eskaria", "Forland", "Galvania",
        "Hestria", "Istrane", "Jorvik", "Kesteria", "Lorvania", "Mordavia", "Norrland", "Ostara", "Pellaria", "Quessia",
        "Rovania", "Silvane", "Tarvonia"};
    private static final String[] CAPITALS = {"Aldport", "Brenholm", "Castavel", "Dorn", "Elsgard", "Farrow", "Gildon",
        "Harnby", "Ivelle", "Jaspin", "Kordale", "Lunmark", "Merrow", "Nessford", "Orlin", "Pashton", "Quarry", "Redmere",
        "Sollby", "Talmont"};
    private static final String[] FIRST = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hamid", "Irina",
        "Jonas", "Katya", "Leon", "Mira", "Nikolai", "Olga", "Pavel", "Rana", "Sergei", "Tamara", "Viktor", "Yusuf", "Zara"};
    private static final String[] LAST = {"Abrams", "Belov", "Castell", "Dorokhov", "Esfahani", "Falk", "Grigoryan", "Haddad",
        "Ivanova", "Jansen", "Karimi", "Lindqvist", "Morozov", "Nazari", "Orlova", "Petrenko", "Qadir", "Rostova", "Sadeghi",
        "Tarasov", "Usmani", "Volkov"};
    private static final String[] OUTLETS = {"The Morning Ledger", "Daily Courier", "Evening Standard Review", "The Observer Wire",
        "Continental Times", "The Northern Post", "Global Dispatch", "The Harbour Herald", "Weekly Chronicle", "Frontline Report"};
    private static final String[] MINISTRIES = {"Foreign Ministry", "Energy Ministry", "Interior Ministry", "Trade Ministry"};

    record Entity(String id, String kind, String name, String description, List<String> aliases) {
    }

    record Relation(String subject, String kind, String object) {
    }

    /** One story's cast: the ids the facts of the story draw on. */
    record Cast(Entity country, Entity capital, Entity government, List<Entity> bodies, List<Entity> people,
                List<Entity> members) {
    }

    record Story(String id, String title, Cast cast) {
    }

    record Source(int index, String id, int story, String outlet, String headline, String published) {
    }

    final List<Story> stories = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    private final java.util.Map<Integer, List<Source>> byStory = new java.util.HashMap<>();

    Newsroom(int storyCount, int sourceCount, Random random) {
        for (int s = 0; s < storyCount; s++) {
            stories.add(story(s, random));
        }
        for (int i = 0; i < sourceCount; i++) {
            int story = i % storyCount;
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            String country = stories.get(story).cast().country().name();
            sources.add(new Source(i, String.format("src-%04d", i + 1), story, outlet,
                    country + ": what we know so far (report " + (i + 1) + ")",
                    String.format("2026-01-%02d", 10 + random.nextInt(19))));
        }
    }

    /** Sources of one story, in id order. */
    List<Source> sourcesOf(int story) {
        return byStory.computeIfAbsent(story, s -> sources.stream().filter(source -> source.story() == s).toList());
    }

    private Story story(int s, Random random) {
        String tag = String.format("s%02d", s + 1);
        String countryName = COUNTRIES[s % COUNTRIES.length];
        Entity country = add(tag, "PLACE", countryName, "A state in the generated corpus", List.of());
        Entity capital = add(tag, "PLACE", CAPITALS[s % CAPITALS.length], "Capital of " + countryName, List.of());
        relate(capital, "LOCATED_IN", country);
        Entity government = add(tag, "ORGANIZATION", "Government of " + countryName, null, List.of(countryName + "n government"));
        relate(government, "PART_OF", country);
        List<Entity> bodies = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            Entity body = add(tag, "ORGANIZATION", countryName + "n " + MINISTRIES[(s + b) % MINISTRIES.length], null, List.of());
            relate(body, "PART_OF", government);
            bodies.add(body);
        }
        List<Entity> people = new ArrayList<>();
        List<Entity> members = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            Entity body = bodies.get(p % 2);
            Entity person = add(tag + "-" + p, "PERSON", first + " " + last, "Official of the " + body.name(), List.of(last));
            people.add(person);
            if (p < 2) {
                relate(person, "HEADS", body);
            } else if (p == 2) {
                relate(person, "SPEAKS_FOR", government);
            } else {
                relate(person, "MEMBER_OF", body);
                members.add(person);
            }
        }
        String title = "The crisis in " + countryName + ", generated story " + (s + 1);
        return new Story("story-" + tag, title, new Cast(country, capital, government, bodies, people, members));
    }

    private Entity add(String tag, String kind, String name, String description, List<String> aliases) {
        String id = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + tag;
        Entity entity = new Entity(id, kind, name, description, aliases);
        entities.add(entity);
        return entity;
    }

    private void relate(Entity subject, String kind, Entity object) {
        relations.add(new Relation(subject.id(), kind, object.id()));
    }
}
