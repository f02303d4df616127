package nl.tandem.organisation;

import nl.tandem.platform.OrganisationOwned;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * A team of coaches under a team lead; caseloads and analytics are looked at per team.
 */
@Table("team")
class Team implements OrganisationOwned {

	@Id
	private Long id;

	private final long organisationId;

	private String name;

	@Version
	private Long version;

	@PersistenceCreator
	Team(Long id, long organisationId, String name, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.name = name;
		this.version = version;
	}

	static Team form(long organisationId, String name) {
		Assert.hasText(name, "A team needs a name");
		return new Team(null, organisationId, name.trim(), null);
	}

	void rename(String name) {
		Assert.hasText(name, "A team needs a name");
		this.name = name.trim();
	}

	Long id() {
		return this.id;
	}

	@Override
	public long organisationId() {
		return this.organisationId;
	}

	String name() {
		return this.name;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
