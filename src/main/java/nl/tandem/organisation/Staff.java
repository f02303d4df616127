package nl.tandem.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import nl.tandem.identity.AccountView;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.NewAccount;
import nl.tandem.identity.Role;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.platform.PageOf;
import nl.tandem.platform.PersonNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff of an organisation and their accounts. Only an administrator changes staff;
 * every lookup is scoped to the current organisation.
 */
@Service
@Transactional
public class Staff {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final StaffMemberRepository members;

	private final TeamRepository teams;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	Staff(StaffMemberRepository members, TeamRepository teams, Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.members = members;
		this.teams = teams;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Registers a staff member with an account and a temporary password, which the
	 * administrator hands over and the new colleague replaces at the first sign-in.
	 */
	public Registered register(CurrentUser admin, StaffDetails details) {
		Organisations.requireAdmin(admin);
		long id = hire(admin.organisationId(), details, java.util.UUID.randomUUID().toString());
		return new Registered(id, this.accounts.resetPassword(admin.organisationId(), id));
	}

	/**
	 * Hires a staff member with a known password (set-up and demo data).
	 */
	public long hire(long organisationId, StaffDetails details, String password) {
		requireValid(organisationId, details, null);
		StaffMember member = this.members.save(StaffMember.hire(organisationId, details));
		this.accounts.open(new NewAccount(organisationId, member.id(), details.email(), details.displayName(),
				details.roles(), details.language(), password));
		return member.id();
	}

	@Transactional(readOnly = true)
	public StaffProfile profile(CurrentUser admin, long id) {
		Organisations.requireAdmin(admin);
		StaffMember member = find(admin, id);
		AccountView account = this.accounts.forPerson(admin.organisationId(), id)
			.orElseThrow(() -> new NotFoundException("account of staff member", id));
		String teamName = (member.teamId() != null)
				? this.teams.findByIdAndOrganisationId(member.teamId(), admin.organisationId())
					.map(Team::name)
					.orElse(null)
				: null;
		return new StaffProfile(member.id(), member.givenName(), member.familyNamePrefix(), member.familyName(),
				member.email(), member.phone(), member.teamId(), teamName, account.roles(), account.language(),
				member.active(), account.mustChangePassword(), account.lastLoginAt(), certificates(member),
				member.version());
	}

	public void describe(CurrentUser admin, long id, long version, StaffDetails details) {
		Organisations.requireAdmin(admin);
		StaffMember member = find(admin, id);
		ConcurrentEditException.check("staff member", id, member.version(), version);
		requireValid(admin.organisationId(), details, id);
		if (admin.personId() != null && admin.personId() == id && !details.roles().contains(Role.ADMIN)) {
			throw new DomainRuleException("staff.admin.self");
		}
		member.describe(details);
		this.members.save(member);
		this.accounts.describe(admin.organisationId(), id, details.email(), details.displayName(), details.roles());
	}

	public void deactivate(CurrentUser admin, long id) {
		Organisations.requireAdmin(admin);
		if (admin.personId() != null && admin.personId() == id) {
			throw new DomainRuleException("staff.deactivate.self");
		}
		StaffMember member = find(admin, id);
		member.deactivate();
		this.members.save(member);
		this.accounts.disable(admin.organisationId(), id);
	}

	public void reactivate(CurrentUser admin, long id) {
		Organisations.requireAdmin(admin);
		StaffMember member = find(admin, id);
		member.reactivate();
		this.members.save(member);
		this.accounts.enable(admin.organisationId(), id);
	}

	/**
	 * @return the temporary password, shown once to the administrator
	 */
	public String resetPassword(CurrentUser admin, long id) {
		Organisations.requireAdmin(admin);
		find(admin, id);
		return this.accounts.resetPassword(admin.organisationId(), id);
	}

	public void certify(CurrentUser admin, long id, long version, String name, String registrationNumber,
			LocalDate validUntil) {
		Organisations.requireAdmin(admin);
		StaffMember member = find(admin, id);
		ConcurrentEditException.check("staff member", id, member.version(), version);
		member.certify(name, registrationNumber, validUntil);
		this.members.save(member);
	}

	/**
	 * Records a certificate during set-up (demo data, imports), outside any user's
	 * session.
	 */
	public void certify(long organisationId, long id, String name, String registrationNumber, LocalDate validUntil) {
		StaffMember member = this.members.findByIdAndOrganisationId(id, organisationId)
			.orElseThrow(() -> new NotFoundException("staff member", id));
		member.certify(name, registrationNumber, validUntil);
		this.members.save(member);
	}

	public void withdrawCertificate(CurrentUser admin, long id, long version, int position) {
		Organisations.requireAdmin(admin);
		StaffMember member = find(admin, id);
		ConcurrentEditException.check("staff member", id, member.version(), version);
		if (position < 0 || position >= member.certificates().size()) {
			throw new NotFoundException("certificate", position);
		}
		member.withdrawCertificate(position);
		this.members.save(member);
	}

	/**
	 * The certificates of the signed-in staff member that expire within the warning
	 * period or have expired.
	 */
	@Transactional(readOnly = true)
	public List<CertificateView> myCertificateWarnings(CurrentUser user) {
		if (user.personId() == null || !user.roles().stream().anyMatch(Role::isStaff)) {
			return List.of();
		}
		return this.members.findByIdAndOrganisationId(user.personId(), user.organisationId())
			.map(this::certificates)
			.orElse(List.of())
			.stream()
			.filter(certificate -> certificate.status() != CertificateStatus.VALID)
			.toList();
	}

	/**
	 * Every certificate of an active staff member of the organisation that needs
	 * attention, soonest first.
	 */
	@Transactional(readOnly = true)
	public List<ExpiringCertificate> certificateWarnings(CurrentUser admin) {
		Organisations.requireAdmin(admin);
		LocalDate today = today();
		return this.jdbc.sql("""
				select s.id as staff_id, s.given_name, s.family_name_prefix, s.family_name, c.name, c.valid_until
				from certificate c
				join staff_member s on s.id = c.staff_member_id and s.organisation_id = c.organisation_id
				where c.organisation_id = :organisation and s.active and c.valid_until <= :horizon
				order by c.valid_until, s.family_name
				limit 50
				""")
			.param("organisation", admin.organisationId())
			.param("horizon", today.plusDays(CertificateStatus.WARNING_DAYS))
			.query((rs, row) -> new ExpiringCertificate(rs.getLong("staff_id"),
					StaffMember.displayName(rs.getString("given_name"), rs.getString("family_name_prefix"),
							rs.getString("family_name")),
					rs.getString("name"), rs.getObject("valid_until", LocalDate.class),
					CertificateStatus.of(rs.getObject("valid_until", LocalDate.class), today)))
			.list();
	}

	/**
	 * One page of the staff list, optionally filtered by a part of the name or e-mail
	 * address.
	 */
	@Transactional(readOnly = true)
	public PageOf<StaffRow> list(CurrentUser admin, String query, int page) {
		Organisations.requireAdmin(admin);
		String pattern = (query == null || query.isBlank()) ? null
				: "%" + query.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
		long total = this.jdbc
			.sql("""
					select count(*) from staff_member s where s.organisation_id = :organisation
					and (cast(:pattern as text) is null or lower(s.given_name || ' ' || coalesce(s.family_name_prefix || ' ', '')
					|| s.family_name || ' ' || s.email) like :pattern)
					""")
			.param("organisation", admin.organisationId())
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		LocalDate today = today();
		List<Row> rows = this.jdbc
			.sql("""
					select s.id, s.given_name, s.family_name_prefix, s.family_name, s.email, s.active, t.name as team_name,
					       (select min(c.valid_until) from certificate c where c.staff_member_id = s.id) as first_expiry
					from staff_member s
					left join team t on t.id = s.team_id and t.organisation_id = s.organisation_id
					where s.organisation_id = :organisation
					and (cast(:pattern as text) is null or lower(s.given_name || ' ' || coalesce(s.family_name_prefix || ' ', '')
					|| s.family_name || ' ' || s.email) like :pattern)
					order by s.active desc, lower(s.family_name), lower(s.given_name), s.id
					limit :size offset :offset
					""")
			.param("organisation", admin.organisationId())
			.param("pattern", pattern)
			.param("size", PageOf.DEFAULT_SIZE)
			.param("offset", PageOf.offset(page, PageOf.DEFAULT_SIZE))
			.query((rs, row) -> new Row(rs.getLong("id"),
					StaffMember.displayName(rs.getString("given_name"), rs.getString("family_name_prefix"),
							rs.getString("family_name")),
					rs.getString("email"), rs.getString("team_name"), rs.getBoolean("active"),
					rs.getObject("first_expiry", LocalDate.class)))
			.list();
		Map<Long, AccountView> accountsById = this.accounts.forPersons(admin.organisationId(),
				rows.stream().map(Row::id).toList());
		List<StaffRow> staff = rows.stream()
			.map(row -> new StaffRow(row.id(), row.displayName(), row.email(), row.teamName(),
					accountsById.containsKey(row.id()) ? accountsById.get(row.id()).roles()
							: EnumSet.noneOf(Role.class),
					row.active(), (row.firstExpiry() != null) ? CertificateStatus.of(row.firstExpiry(), today) : null))
			.toList();
		return new PageOf<>(staff, Math.max(0, page), PageOf.DEFAULT_SIZE, total);
	}

	/**
	 * The team of a staff member, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> teamOf(long organisationId, long staffId) {
		return this.jdbc.sql("select team_id from staff_member where organisation_id = :organisation and id = :id")
			.param("organisation", organisationId)
			.param("id", staffId)
			.query((rs, row) -> rs.getObject("team_id", Long.class))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/**
	 * The display names of the given staff members, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(long organisationId, Collection<Long> ids) {
		return PersonNames.lookup(this.jdbc, "staff_member", organisationId, ids);
	}

	/**
	 * The active coaches of the organisation (optionally of one team), to assign
	 * trajectories to.
	 */
	@Transactional(readOnly = true)
	public List<Coach> coaches(long organisationId, Long teamId) {
		return this.jdbc.sql("""
				select s.id, s.given_name, s.family_name_prefix, s.family_name, s.team_id, t.name as team_name
				from staff_member s
				left join team t on t.id = s.team_id
				where s.organisation_id = :organisation and s.active and s.id = any(:coaches)
				and (cast(:team as bigint) is null or s.team_id = :team)
				order by lower(s.family_name), lower(s.given_name)
				""")
			.param("organisation", organisationId)
			.param("team", teamId)
			.param("coaches", this.accounts.personsWithRole(organisationId, Role.COACH).toArray(Long[]::new))
			.query((rs, row) -> new Coach(rs.getLong("id"),
					StaffMember.displayName(rs.getString("given_name"), rs.getString("family_name_prefix"),
							rs.getString("family_name")),
					(Long) rs.getObject("team_id"), rs.getString("team_name")))
			.list();
	}

	/**
	 * The staff member as a coach, if they are an active coach of the organisation.
	 */
	@Transactional(readOnly = true)
	public Optional<Coach> coach(long organisationId, long staffId) {
		return coaches(organisationId, null).stream().filter(coach -> coach.id() == staffId).findFirst();
	}

	/**
	 * A coach to assign trajectories to.
	 */
	public record Coach(long id, String displayName, Long teamId, String teamName) {
	}

	private void requireValid(long organisationId, StaffDetails details, Long exceptId) {
		if (details.roles().isEmpty() || !details.roles().stream().allMatch(Role::isStaff)) {
			throw new DomainRuleException("staff.roles.required");
		}
		if (details.teamId() != null && !this.teams.existsByIdAndOrganisationId(details.teamId(), organisationId)) {
			throw new DomainRuleException("staff.team.unknown");
		}
		if (this.accounts.emailTaken(details.email(), exceptId)) {
			throw new DomainRuleException("account.email.taken");
		}
	}

	private StaffMember find(CurrentUser user, long id) {
		return this.members.findByIdAndOrganisationId(id, user.organisationId())
			.orElseThrow(() -> new NotFoundException("staff member", id));
	}

	private List<CertificateView> certificates(StaffMember member) {
		LocalDate today = today();
		List<Certificate> certificates = member.certificates();
		return IntStream.range(0, certificates.size()).mapToObj(position -> {
			Certificate certificate = certificates.get(position);
			return new CertificateView(position, certificate.name(), certificate.registrationNumber(),
					certificate.validUntil(), certificate.status(today));
		}).toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	/**
	 * A newly registered staff member and the temporary password to hand over.
	 */
	public record Registered(long id, String temporaryPassword) {
	}

	/**
	 * A certificate that needs attention, with the staff member it belongs to.
	 */
	public record ExpiringCertificate(long staffId, String staffName, String certificate, LocalDate validUntil,
			CertificateStatus status) {
	}

	private record Row(long id, String displayName, String email, String teamName, boolean active,
			LocalDate firstExpiry) {
	}

}
