package io.corroborate.source;

import io.corroborate.value.DatePrecision;
import io.corroborate.value.DateValue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import org.hibernate.annotations.Formula;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import io.corroborate.api.Node;

import java.time.LocalDate;
import java.util.Optional;

@Entity
@Table(name = "source")
@Name("Source")
@Description("One published article that claims are taken from.")
public class Source extends PanacheEntityBase implements Node {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @jakarta.persistence.Version
    @Description("Version of this source, raised by every change; pass it back with an edit so that no one overwrites a change they have not seen.")
    public int version;

    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @Override
    @Name("id")
    @org.eclipse.microprofile.graphql.Id
    @org.eclipse.microprofile.graphql.NonNull
    @Description("Stable identifier of the source, e.g. \"nysun\".")
    public String getKey() {
        return key;
    }

    @Description("The publication that printed the article; null when the article does not name it.")
    public String outlet;

    @Description("The article's headline as printed.")
    @org.eclipse.microprofile.graphql.NonNull
    public String headline;

    @Description("The author's name; null when the article gives none.")
    public String author;

    @Description("Where the article was published; null when unknown.")
    public String url;

    @Ignore
    @Column(name = "published_earliest")
    public LocalDate publishedEarliest;

    @Ignore
    @Column(name = "published_latest")
    public LocalDate publishedLatest;

    @Ignore
    @Enumerated(EnumType.STRING)
    @Column(name = "published_precision")
    public DatePrecision publishedPrecision;

    @Description("Language of the article as a BCP 47 tag, e.g. \"en\".")
    @org.eclipse.microprofile.graphql.NonNull
    public String language;

    @Column(name = "content_sha256")
    @Description("SHA-256 (hex) of the article text the claims were curated from: the excerpts' offsets refer to exactly this text.")
    @org.eclipse.microprofile.graphql.NonNull
    public String contentSha256;

    @Ignore
    @Column(name = "article_file")
    public String articleFile;

    /** The full text, loaded only when a write needs it: reads of sources never carry it. */
    @Ignore
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "article_text")
    public String articleText;

    @Ignore
    @Formula("article_text is not null")
    public boolean hasArticleText;

    /** The audit entry of the bulk import that created the source; null otherwise. */
    @Ignore
    @Column(name = "import_id")
    public Long importId;

    @Description("When the article was published, as an interval as precise as is known; null when unknown.")
    public DateValue getPublished() {
        return publishedEarliest == null ? null : new DateValue(publishedEarliest, publishedLatest, publishedPrecision);
    }

    public void setPublished(DateValue published) {
        publishedEarliest = published == null ? null : published.earliest();
        publishedLatest = published == null ? null : published.latest();
        publishedPrecision = published == null ? null : published.precision();
    }

    @Description("Whether the server holds the full article text, so that excerpts can be checked against it.")
    public boolean isArticleTextAvailable() {
        return hasArticleText;
    }

    public static Optional<Source> byKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
