package nl.tandem.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation and its teams.
 */
@Service
@Transactional
public class Organisations {

	private final OrganisationRepository organisations;

	private final TeamRepository teams;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Organisations(OrganisationRepository organisations, TeamRepository teams, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.teams = teams;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Founds a new organisation; used when Tandem is set up for a customer and for demo
	 * data.
	 */
	public long found(String name) {
		long id = this.organisations.save(Organisation.found(name)).id();
		this.events.publishEvent(new OrganisationFounded(id));
		return id;
	}

	@Transactional(readOnly = true)
	public boolean anyExists() {
		return this.organisations.count() > 0;
	}

	@Transactional(readOnly = true)
	public OrganisationView current(CurrentUser user) {
		Organisation organisation = this.organisations.findById(user.organisationId())
			.orElseThrow(() -> new NotFoundException("organisation", user.organisationId()));
		return new OrganisationView(organisation.id(), organisation.name(), organisation.retentionYears(),
				organisation.version());
	}

	public void rename(CurrentUser user, String name, long version) {
		requireAdmin(user);
		Organisation organisation = this.organisations.findById(user.organisationId())
			.orElseThrow(() -> new NotFoundException("organisation", user.organisationId()));
		ConcurrentEditException.check("organisation", organisation.id(), organisation.version(), version);
		organisation.rename(name);
		this.organisations.save(organisation);
	}

	/**
	 * Sets how many years after closure the organisation keeps a participant's file.
	 */
	public void keepFilesFor(CurrentUser user, int years, long version) {
		requireAdmin(user);
		Organisation organisation = this.organisations.findById(user.organisationId())
			.orElseThrow(() -> new NotFoundException("organisation", user.organisationId()));
		ConcurrentEditException.check("organisation", organisation.id(), organisation.version(), version);
		organisation.keepFilesFor(years);
		this.organisations.save(organisation);
	}

	/**
	 * The retention term in years of every organisation, for the daily retention check.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> retentionTerms() {
		Map<Long, Integer> terms = new HashMap<>();
		this.jdbc.sql("select id, retention_years from organisation")
			.query((rs, row) -> terms.put(rs.getLong("id"), rs.getInt("retention_years")))
			.list();
		return terms;
	}

	@Transactional(readOnly = true)
	public List<TeamView> teams(CurrentUser user) {
		return teams(user.organisationId());
	}

	@Transactional(readOnly = true)
	public List<TeamView> teams(long organisationId) {
		return this.jdbc.sql("""
				select t.id, t.name, t.version, count(s.id) filter (where s.active) as active_members
				from team t
				left join staff_member s on s.team_id = t.id and s.organisation_id = t.organisation_id
				where t.organisation_id = :organisation
				group by t.id, t.name, t.version
				order by lower(t.name)
				""").param("organisation", organisationId).query(TeamView.class).list();
	}

	@Transactional(readOnly = true)
	public TeamView team(CurrentUser user, long teamId) {
		return teams(user).stream()
			.filter(team -> team.id() == teamId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("team", teamId));
	}

	public long formTeam(CurrentUser user, String name) {
		requireAdmin(user);
		return formTeam(user.organisationId(), name);
	}

	public long formTeam(long organisationId, String name) {
		requireUniqueTeamName(organisationId, name, null);
		return this.teams.save(Team.form(organisationId, name)).id();
	}

	public void renameTeam(CurrentUser user, long teamId, String name, long version) {
		requireAdmin(user);
		Team team = this.teams.findByIdAndOrganisationId(teamId, user.organisationId())
			.orElseThrow(() -> new NotFoundException("team", teamId));
		ConcurrentEditException.check("team", teamId, team.version(), version);
		requireUniqueTeamName(user.organisationId(), name, teamId);
		team.rename(name);
		this.teams.save(team);
	}

	private void requireUniqueTeamName(long organisationId, String name, Long exceptTeamId) {
		boolean taken = this.jdbc.sql("""
				select exists (select 1 from team where organisation_id = :organisation
				and lower(name) = lower(:name) and id <> coalesce(cast(:except as bigint), -1))
				""")
			.param("organisation", organisationId)
			.param("name", name.trim())
			.param("except", exceptTeamId)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new DomainRuleException("team.name.taken");
		}
	}

	static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only an administrator manages the organisation");
		}
	}

}
