package nl.tandem.trajectory;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The coach's assessment of the workplace, before or at the start of the job: what the
 * work asks, what support is naturally there, which adjustments are needed, and how well
 * job and participant match, with the gap between what the job asks and what the
 * participant brings and how it will be closed.
 */
@Table("workplace_assessment")
class WorkplaceAssessment {

	@Id
	private Long id;

	private final long organisationId;

	private final long trajectoryId;

	private String tasks;

	private String pace;

	private String environment;

	private String naturalSupport;

	private String adjustments;

	private WorkplaceAssessmentMatch match;

	private String jobAsks;

	private String participantBrings;

	private String closingTheGap;

	private LocalDate assessedOn;

	@Version
	private Long version;

	@PersistenceCreator
	WorkplaceAssessment(Long id, long organisationId, long trajectoryId, String tasks, String pace, String environment,
			String naturalSupport, String adjustments, WorkplaceAssessmentMatch match, String jobAsks,
			String participantBrings, String closingTheGap, LocalDate assessedOn, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.trajectoryId = trajectoryId;
		this.tasks = tasks;
		this.pace = pace;
		this.environment = environment;
		this.naturalSupport = naturalSupport;
		this.adjustments = adjustments;
		this.match = match;
		this.jobAsks = jobAsks;
		this.participantBrings = participantBrings;
		this.closingTheGap = closingTheGap;
		this.assessedOn = assessedOn;
		this.version = version;
	}

	static WorkplaceAssessment of(long organisationId, long trajectoryId) {
		return new WorkplaceAssessment(null, organisationId, trajectoryId, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	void record(AssessmentContent content) {
		this.tasks = clean(content.tasks());
		this.pace = clean(content.pace());
		this.environment = clean(content.environment());
		this.naturalSupport = clean(content.naturalSupport());
		this.adjustments = clean(content.adjustments());
		this.match = content.match();
		this.jobAsks = clean(content.jobAsks());
		this.participantBrings = clean(content.participantBrings());
		this.closingTheGap = clean(content.closingTheGap());
		this.assessedOn = content.assessedOn();
	}

	AssessmentContent content() {
		return new AssessmentContent(this.tasks, this.pace, this.environment, this.naturalSupport, this.adjustments,
				this.match, this.jobAsks, this.participantBrings, this.closingTheGap, this.assessedOn);
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	Long id() {
		return this.id;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
