package org.badgeportal.badges;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.badgeportal.images.StoredImage;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.PersistentEntity;

/**
 * A badge template: what can be earned. Carries every field of BadgeKit's badge, BitBadges' background colour
 * and validity, badges.ninja's share text, UserBadges' custom fields and the catalogue's `listed` flag.
 * <p>
 * Longer than most classes on purpose: it is the mapping of one table with its four element collections, and
 * the rules that keep a badge consistent (image either uploaded or linked, criteria in order, archiving) live
 * with the fields they guard. Forms and API bodies are separate records that the badge editor applies.
 */
@Entity
@Table(name = "badge")
public class Badge extends PersistentEntity {

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    private Issuer issuer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(nullable = false, length = 50)
    private String slug;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(length = 140)
    private String strapline;

    @Column(name = "earner_description", length = 4000)
    private String earnerDescription;

    @Column(name = "consumer_description", length = 4000)
    private String consumerDescription;

    @Column(name = "badge_type", length = 255)
    private String type;

    @Column(name = "issuer_url", length = 2048)
    private String issuerUrl;

    @Column(name = "rubric_url", length = 2048)
    private String rubricUrl;

    @Column(name = "criteria_url", length = 2048)
    private String criteriaUrl;

    @Column(name = "time_value")
    private Integer timeValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_units", length = 16)
    private TimeUnits timeUnits;

    @Column(name = "award_limit")
    private Integer limit;

    @Column(name = "unique_per_recipient", nullable = false)
    private boolean unique;

    @Column(nullable = false)
    private boolean archived;

    @Column(nullable = false)
    private boolean listed;

    @Column(name = "background_color", length = 32)
    private String backgroundColor;

    @Column(name = "validity_days")
    private Integer validityDays;

    @Column(name = "share_text", length = 500)
    private String shareText;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private StoredImage image;

    @Column(name = "image_url", length = 2048)
    private String imageUrl;

    @ElementCollection
    @CollectionTable(name = "badge_criterion", joinColumns = @JoinColumn(name = "badge_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "badge_category", joinColumns = @JoinColumn(name = "badge_id"))
    @Column(name = "name", length = 64)
    private Set<String> categories = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "badge_tag", joinColumns = @JoinColumn(name = "badge_id"))
    @Column(name = "name", length = 64)
    private Set<String> tags = new TreeSet<>();

    /** UserBadges custom fields; each value is a JSON literal (`"gold"`, `5`, `true`). */
    @ElementCollection
    @CollectionTable(name = "badge_custom_field", joinColumns = @JoinColumn(name = "badge_id"))
    @MapKeyColumn(name = "field_name", length = 64)
    @Column(name = "field_value", length = 2000)
    private Map<String, String> customFields = new LinkedHashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Badge() {
    }

    public Badge(Issuer issuer, String slug, String name, Instant createdAt) {
        this.issuer = issuer;
        this.slug = slug;
        this.name = name;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** When an award of this badge made at {@code validFrom} expires by default, or null if it never does. */
    public Instant defaultExpiry(Instant validFrom) {
        return validityDays == null ? null : validFrom.plus(Duration.ofDays(validityDays));
    }

    /** Where the badge's image is shown from: the portal's copy of an upload, or the issuer's URL. */
    public String getImageSrc() {
        return image != null ? "/images/" + image.getId() : imageUrl;
    }

    public boolean hasImage() {
        return image != null || imageUrl != null;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public long getVersion() {
        return version;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public Program getProgram() {
        return program;
    }

    public void setProgram(Program program) {
        this.program = program;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStrapline() {
        return strapline;
    }

    public void setStrapline(String strapline) {
        this.strapline = strapline;
    }

    public String getEarnerDescription() {
        return earnerDescription;
    }

    public void setEarnerDescription(String earnerDescription) {
        this.earnerDescription = earnerDescription;
    }

    public String getConsumerDescription() {
        return consumerDescription;
    }

    public void setConsumerDescription(String consumerDescription) {
        this.consumerDescription = consumerDescription;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getIssuerUrl() {
        return issuerUrl;
    }

    public void setIssuerUrl(String issuerUrl) {
        this.issuerUrl = issuerUrl;
    }

    public String getRubricUrl() {
        return rubricUrl;
    }

    public void setRubricUrl(String rubricUrl) {
        this.rubricUrl = rubricUrl;
    }

    public String getCriteriaUrl() {
        return criteriaUrl;
    }

    public void setCriteriaUrl(String criteriaUrl) {
        this.criteriaUrl = criteriaUrl;
    }

    public Integer getTimeValue() {
        return timeValue;
    }

    public TimeUnits getTimeUnits() {
        return timeUnits;
    }

    public void setTime(Integer timeValue, TimeUnits timeUnits) {
        this.timeValue = timeValue;
        this.timeUnits = timeUnits;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public boolean isUnique() {
        return unique;
    }

    public void setUnique(boolean unique) {
        this.unique = unique;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public String getBackgroundColor() {
        return backgroundColor;
    }

    public void setBackgroundColor(String backgroundColor) {
        this.backgroundColor = backgroundColor;
    }

    public Integer getValidityDays() {
        return validityDays;
    }

    public void setValidityDays(Integer validityDays) {
        this.validityDays = validityDays;
    }

    public String getShareText() {
        return shareText;
    }

    public void setShareText(String shareText) {
        this.shareText = shareText;
    }

    public StoredImage getImage() {
        return image;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    /** An uploaded image replaces an image URL and the other way round. */
    public void useUploadedImage(StoredImage image) {
        this.image = image;
        this.imageUrl = null;
    }

    public void useImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
        this.image = null;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public void replaceCriteria(List<Criterion> criteria) {
        this.criteria.clear();
        this.criteria.addAll(criteria);
    }

    public Set<String> getCategories() {
        return categories;
    }

    public void replaceCategories(Set<String> categories) {
        this.categories.clear();
        this.categories.addAll(categories);
    }

    public Set<String> getTags() {
        return tags;
    }

    public void replaceTags(Set<String> tags) {
        this.tags.clear();
        this.tags.addAll(new LinkedHashSet<>(tags));
    }

    public Map<String, String> getCustomFields() {
        return customFields;
    }

    public void replaceCustomFields(Map<String, String> customFields) {
        this.customFields.clear();
        this.customFields.putAll(customFields);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
