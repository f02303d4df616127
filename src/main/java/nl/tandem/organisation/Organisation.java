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

	@Id
	private Long id;

	private String name;

	@Version
	private Long version;

	@PersistenceCreator
	Organisation(Long id, String name, Long version) {
		this.id = id;
		this.name = name;
		this.version = version;
	}

	static Organisation found(String name) {
		Assert.hasText(name, "An organisation needs a name");
		return new Organisation(null, name.trim(), null);
	}

	void rename(String name) {
		Assert.hasText(name, "An organisation needs a name");
		this.name = name.trim();
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
