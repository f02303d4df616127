package nl.tandem.participant;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The intake of one trajectory: the participant's situation, strengths, support needs,
 * wishes and own agenda for the coaching. A draft may be saved as often as needed;
 * completing it needs at least the support needs, the wishes and the participant's own
 * agenda, and happens once.
 */
@Table("intake")
class Intake {

	@Id
	private Long id;

	private final long organisationId;

	private final long participantId;

	private final long trajectoryId;

	private String workHistory;

	private String education;

	private String strengths;

	private String housing;

	private String finances;

	private String socialNetwork;

	private String homeSituation;

	@Sensitive
	private String health;

	@Sensitive
	private String medicationEffects;

	private String supportNeeds;

	private String wishes;

	private Set<WorkValue> importantWorkValues;

	private String ownAgenda;

	private Instant completedAt;

	private Long completedBy;

	@Version
	private Long version;

	@PersistenceCreator
	Intake(Long id, long organisationId, long participantId, long trajectoryId, String workHistory, String education,
			String strengths, String housing, String finances, String socialNetwork, String homeSituation,
			String health, String medicationEffects, String supportNeeds, String wishes,
			Set<WorkValue> importantWorkValues, String ownAgenda, Instant completedAt, Long completedBy, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.participantId = participantId;
		this.trajectoryId = trajectoryId;
		this.workHistory = workHistory;
		this.education = education;
		this.strengths = strengths;
		this.housing = housing;
		this.finances = finances;
		this.socialNetwork = socialNetwork;
		this.homeSituation = homeSituation;
		this.health = health;
		this.medicationEffects = medicationEffects;
		this.supportNeeds = supportNeeds;
		this.wishes = wishes;
		this.importantWorkValues = (importantWorkValues != null) ? importantWorkValues : Set.of();
		this.ownAgenda = ownAgenda;
		this.completedAt = completedAt;
		this.completedBy = completedBy;
		this.version = version;
	}

	static Intake begin(long organisationId, long participantId, long trajectoryId) {
		return new Intake(null, organisationId, participantId, trajectoryId, null, null, null, null, null, null, null,
				null, null, null, null, Set.of(), null, null, null, null);
	}

	/**
	 * Records the content.
	 * @return whether sensitive content changed
	 */
	boolean record(IntakeContent content) {
		boolean sensitiveChanged = !Objects.equals(this.health, clean(content.health()))
				|| !Objects.equals(this.medicationEffects, clean(content.medicationEffects()));
		this.workHistory = clean(content.workHistory());
		this.education = clean(content.education());
		this.strengths = clean(content.strengths());
		this.housing = clean(content.housing());
		this.finances = clean(content.finances());
		this.socialNetwork = clean(content.socialNetwork());
		this.homeSituation = clean(content.homeSituation());
		this.health = clean(content.health());
		this.medicationEffects = clean(content.medicationEffects());
		this.supportNeeds = clean(content.supportNeeds());
		this.wishes = clean(content.wishes());
		this.importantWorkValues = content.importantWorkValues().isEmpty() ? Set.of()
				: EnumSet.copyOf(content.importantWorkValues());
		this.ownAgenda = clean(content.ownAgenda());
		return sensitiveChanged;
	}

	void complete(long by, Instant at) {
		if (this.completedAt != null) {
			throw new DomainRuleException("intake.alreadyCompleted");
		}
		if (!content().readyToComplete()) {
			throw new DomainRuleException("intake.incomplete");
		}
		this.completedAt = at;
		this.completedBy = by;
	}

	IntakeContent content() {
		return new IntakeContent(this.workHistory, this.education, this.strengths, this.housing, this.finances,
				this.socialNetwork, this.homeSituation, this.health, this.medicationEffects, this.supportNeeds,
				this.wishes, this.importantWorkValues, this.ownAgenda);
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	Long id() {
		return this.id;
	}

	long participantId() {
		return this.participantId;
	}

	long trajectoryId() {
		return this.trajectoryId;
	}

	Instant completedAt() {
		return this.completedAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
