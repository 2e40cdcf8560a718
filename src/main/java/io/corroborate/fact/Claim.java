package io.corroborate.fact;

import io.corroborate.value.ClaimValue;
import io.corroborate.value.DatePrecision;
import io.corroborate.value.DateValue;
import io.corroborate.value.QuantityValue;
import io.corroborate.value.Qualifier;
import io.corroborate.value.QuoteValue;
import io.corroborate.value.TextValue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import io.corroborate.api.Node;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "claim")
@Name("Claim")
@Description("What one source says for one fact: the value as written, its typed form, and the excerpt it comes from.")
public class Claim extends PanacheEntityBase implements Node {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_ids")
    @SequenceGenerator(name = "claim_ids", sequenceName = "claim_id_seq", allocationSize = 50)
    @Ignore
    public Long id;

    @jakarta.persistence.Version
    @Description("Version of this claim, raised by every change; pass it back with an edit so that no one overwrites a change they have not seen.")
    public int version;

    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @Override
    @Name("id")
    @org.eclipse.microprofile.graphql.Id
    @org.eclipse.microprofile.graphql.NonNull
    @Description("Stable identifier of the claim, by default \"<fact id>/<source id>\".")
    public String getKey() {
        return key;
    }

    @Ignore
    @Column(name = "fact_id")
    public Long factId;

    @Ignore
    @Enumerated(EnumType.STRING)
    public FactKind kind;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;

    @Column(name = "value_as_written")
    @Description("The value exactly as the source writes it, e.g. \"at least 143 people\" or \"early 2024\".")
    @org.eclipse.microprofile.graphql.NonNull
    public String valueAsWritten;

    @Column(name = "interpreted_as")
    @Description("The curator's normalised reading, given only when the written value cannot be read on its own"
            + " (e.g. \"Two days later\" read as \"2025-07-03\"); null otherwise.")
    public String interpretedAs;

    @Ignore @Column(name = "date_earliest") public LocalDate dateEarliest;
    @Ignore @Column(name = "date_latest") public LocalDate dateLatest;
    @Ignore @Enumerated(EnumType.STRING) @Column(name = "date_precision") public DatePrecision datePrecision;
    @Ignore @Column(name = "date_days") public LocalDate[] dateDays;
    @Ignore @Column(name = "quantity_amount") public BigDecimal quantityAmount;
    @Ignore @Column(name = "quantity_unit") public String quantityUnit;
    @Ignore @Enumerated(EnumType.STRING) @Column(name = "quantity_qualifier") public Qualifier quantityQualifier;
    @Ignore @Column(name = "quantity_upper") public BigDecimal quantityUpper;
    @Ignore @Column(name = "quote_text") public String quoteText;
    @Ignore @Column(name = "text_value") public String textValue;
    @Ignore @Column(name = "value_entity_id") public Long valueEntityId;
    @Ignore @Enumerated(EnumType.STRING) @Column(name = "stance") public io.corroborate.value.Stance stance;
    @Ignore @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY) @Column(name = "set_items", columnDefinition = "text[]")
    public java.util.List<String> setItems;
    @Ignore @Column(name = "set_exclusive") public Boolean setExclusive;

    @Embedded
    @Description("The verbatim passage of the article the claim is taken from, with its offsets; null for claims"
            + " imported from a data set without article text.")
    public Excerpt excerpt;

    @Description("A curator's remark on how the claim was read, if any.")
    public String note;

    @Ignore
    @Column(name = "retracted_at")
    public Instant retractedAt;

    @Ignore
    @Column(name = "retracted_by")
    public String retractedBy;

    @Ignore
    @Column(name = "retraction_reason")
    public String retractionReason;

    @Column(name = "curated_by")
    @Description("Who curated the claim.")
    @org.eclipse.microprofile.graphql.NonNull
    public String curatedBy;

    @Column(name = "curated_at")
    @Description("When the claim was curated.")
    @org.eclipse.microprofile.graphql.NonNull
    public Instant curatedAt;

    /** The audit entry of the bulk import that wrote the claim; null for claims written one by one. */
    @Ignore
    @Column(name = "import_id")
    public Long importId;

    @Description("Why and by whom the claim was retracted; null while it stands. A retracted claim stays visible"
            + " (Fact.retractedClaims, history) but no longer counts in comparisons.")
    public Retraction getRetraction() {
        return retractedAt == null ? null : new Retraction(retractedAt, retractedBy, retractionReason);
    }

    public boolean retracted() {
        return retractedAt != null;
    }

    @Description("The typed form of the value, following the fact's kind: a DateValue, QuantityValue, QuoteValue, TextValue,"
            + " YesNoValue, EntityValue or SetValue.")
    @org.eclipse.microprofile.graphql.NonNull
    public ClaimValue getValue() {
        return switch (kind) {
            case DATE -> new DateValue(dateEarliest, dateLatest, datePrecision, dateDays == null ? null : List.of(dateDays));
            case QUANTITY -> new QuantityValue(quantityAmount, quantityUnit, quantityQualifier, quantityUpper);
            case QUOTE -> new QuoteValue(quoteText, valueEntityId);
            case TEXT -> new TextValue(textValue, valueEntityId);
            case YES_NO -> new io.corroborate.value.YesNoValue(stance);
            case ENTITY -> new io.corroborate.value.EntityValue(valueEntityId);
            case SET -> new io.corroborate.value.SetValue(setItems, setExclusive);
        };
    }

    public void setValue(ClaimValue value) {
        if (value instanceof DateValue d) {
            dateEarliest = d.earliest();
            dateLatest = d.latest();
            datePrecision = d.precision();
            dateDays = d.days() == null ? null : d.days().toArray(LocalDate[]::new);
        } else if (value instanceof QuantityValue q) {
            quantityAmount = q.amount();
            quantityUnit = q.unit();
            quantityQualifier = q.qualifier();
            quantityUpper = q.upperAmount();
        } else if (value instanceof QuoteValue q) {
            quoteText = q.text();
            valueEntityId = q.speakerId();
        } else if (value instanceof TextValue t) {
            textValue = t.text();
            valueEntityId = t.entityId();
        } else if (value instanceof io.corroborate.value.YesNoValue y) {
            stance = y.stance();
        } else if (value instanceof io.corroborate.value.EntityValue e) {
            valueEntityId = e.entityId();
        } else if (value instanceof io.corroborate.value.SetValue set) {
            setItems = new java.util.ArrayList<>(set.items());
            setExclusive = set.exclusive();
        }
    }

    public static java.util.Optional<Claim> byKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
