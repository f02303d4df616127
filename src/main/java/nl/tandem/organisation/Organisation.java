package nl.tandem.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * A job-coaching organisation: the tenant every record belongs to.
 */
@Table("organisation")
class Organisation {

	/**
	 * How long a participant's file is kept after the last trajectory closed, unless the
	 * organisation chooses otherwise.
	 */
	static final int DEFAULT_RETENTION_YEARS = 2;

	static final int MAX_RETENTION_YEARS = 20;

	@Id
	private Long id;

	private String name;

	private int retentionYears;

	@Version
	private Long version;

	@PersistenceCreator
	Organisation(Long id, String name, int retentionYears, Long version) {
		this.id = id;
		this.name = name;
		this.retentionYears = retentionYears;
		this.version = version;
	}

	static Organisation found(String name) {
		Assert.hasText(name, "An organisation needs a name");
		return new Organisation(null, name.trim(), DEFAULT_RETENTION_YEARS, null);
	}

	void rename(String name) {
		Assert.hasText(name, "An organisation needs a name");
		this.name = name.trim();
	}

	/**
	 * Sets how many years after closure a participant's file is kept before it is
	 * anonymised.
	 */
	void keepFilesFor(int years) {
		if (years < 1 || years > MAX_RETENTION_YEARS) {
			throw new nl.tandem.platform.DomainRuleException("organisation.retention.range", 1, MAX_RETENTION_YEARS);
		}
		this.retentionYears = years;
	}

	int retentionYears() {
		return this.retentionYears;
	}

	Long id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
