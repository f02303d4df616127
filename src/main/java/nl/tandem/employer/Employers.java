package nl.tandem.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.platform.PageOf;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employers of an organisation with their contacts and workplaces. Employers are
 * shared within the organisation: every coach, team lead and administrator reads and
 * edits all of them; other roles have no business with them. Every lookup is scoped to
 * the organisation, so another organisation's employer is "not found".
 * <p>
 * The methods that take an organisation id instead of a user serve other modules (the
 * trajectory module), which check access themselves.
 */
@Service
@Transactional
public class Employers {

	private final EmployerRepository employers;

	private final EmployerContactRepository contacts;

	private final WorkplaceRepository workplaces;

	private final JdbcClient jdbc;

	Employers(EmployerRepository employers, EmployerContactRepository contacts, WorkplaceRepository workplaces,
			JdbcClient jdbc) {
		this.employers = employers;
		this.contacts = contacts;
		this.workplaces = workplaces;
		this.jdbc = jdbc;
	}

	public long register(CurrentUser user, EmployerDetails details) {
		requireStaff(user);
		Employer employer = Employer.register(user.organisationId(), details);
		requireFreeRegistrationNumber(user.organisationId(), employer.registrationNumber(), null);
		return this.employers.save(employer).id();
	}

	public void describe(CurrentUser user, long id, long version, EmployerDetails details) {
		requireStaff(user);
		Employer employer = employer(user, id);
		ConcurrentEditException.check("employer", id, employer.version(), version);
		employer.describe(details);
		requireFreeRegistrationNumber(user.organisationId(), employer.registrationNumber(), id);
		this.employers.save(employer);
	}

	public long addContact(CurrentUser user, long employerId, ContactDetails details) {
		requireStaff(user);
		Employer employer = employer(user, employerId);
		return this.contacts.save(EmployerContact.add(user.organisationId(), employer.id(), details)).id();
	}

	public void describeContact(CurrentUser user, long employerId, long contactId, long version,
			ContactDetails details) {
		requireStaff(user);
		EmployerContact contact = contact(user, employerId, contactId);
		ConcurrentEditException.check("employer contact", contactId, contact.version(), version);
		contact.describe(details);
		this.contacts.save(contact);
	}

	public void deactivateContact(CurrentUser user, long employerId, long contactId, long version) {
		requireStaff(user);
		EmployerContact contact = contact(user, employerId, contactId);
		ConcurrentEditException.check("employer contact", contactId, contact.version(), version);
		contact.deactivate();
		this.contacts.save(contact);
	}

	public void reactivateContact(CurrentUser user, long employerId, long contactId, long version) {
		requireStaff(user);
		EmployerContact contact = contact(user, employerId, contactId);
		ConcurrentEditException.check("employer contact", contactId, contact.version(), version);
		contact.reactivate();
		this.contacts.save(contact);
	}

	public long addWorkplace(CurrentUser user, long employerId, WorkplaceDetails details) {
		requireStaff(user);
		Employer employer = employer(user, employerId);
		return this.workplaces.save(Workplace.open(user.organisationId(), employer.id(), employer.country(), details))
			.id();
	}

	public void describeWorkplace(CurrentUser user, long employerId, long workplaceId, long version,
			WorkplaceDetails details) {
		requireStaff(user);
		Employer employer = employer(user, employerId);
		Workplace workplace = this.workplaces.findByIdAndOrganisationId(workplaceId, user.organisationId())
			.filter(found -> found.employerId() == employerId)
			.orElseThrow(() -> new NotFoundException("workplace", workplaceId));
		ConcurrentEditException.check("workplace", workplaceId, workplace.version(), version);
		workplace.describe(employer.country(), details);
		this.workplaces.save(workplace);
	}

	/**
	 * The employer with all its contacts (active ones first, supervisors first) and
	 * workplaces.
	 */
	@Transactional(readOnly = true)
	public EmployerView find(CurrentUser user, long id) {
		requireStaff(user);
		Employer employer = employer(user, id);
		List<ContactView> contacts = this.jdbc
			.sql("""
					select id, employer_id, given_name, family_name, role, email, phone, active, version
					from employer_contact where organisation_id = :organisation and employer_id = :employer
					order by active desc, array_position(array['SUPERVISOR','HR','COLLEAGUE_BUDDY','OTHER'], cast(role as text)),
					         lower(family_name), id
					""")
			.param("organisation", user.organisationId())
			.param("employer", id)
			.query(ContactView.class)
			.list();
		List<WorkplaceView> workplaces = this.jdbc.sql("""
				select id, employer_id, name, street, postal_code, city, version
				from workplace where organisation_id = :organisation and employer_id = :employer
				order by lower(name), id
				""")
			.param("organisation", user.organisationId())
			.param("employer", id)
			.query(WorkplaceView.class)
			.list();
		return employer.view(contacts, workplaces);
	}

	/**
	 * One page of the employers whose name contains the query or whose registration
	 * number starts with it, by name.
	 */
	@Transactional(readOnly = true)
	public PageOf<EmployerRow> search(CurrentUser user, String query, int page) {
		requireStaff(user);
		Search search = Search.of(query);
		long total = this.jdbc.sql("select count(*) from employer e where " + Search.CONDITION)
			.param("organisation", user.organisationId())
			.param("pattern", search.pattern())
			.param("number", search.number())
			.query(Long.class)
			.single();
		List<EmployerRow> rows = this.jdbc.sql("""
				select e.id, e.name, e.registration_number, e.country, e.city, e.sector, e.size,
				       (select count(*) from employer_contact c where c.organisation_id = e.organisation_id
				        and c.employer_id = e.id and c.active) as active_contacts,
				       (select count(*) from workplace w where w.organisation_id = e.organisation_id
				        and w.employer_id = e.id) as workplaces
				from employer e where %s
				order by lower(e.name), e.id
				limit :size offset :offset
				""".formatted(Search.CONDITION))
			.param("organisation", user.organisationId())
			.param("pattern", search.pattern())
			.param("number", search.number())
			.param("size", PageOf.DEFAULT_SIZE)
			.param("offset", PageOf.offset(page, PageOf.DEFAULT_SIZE))
			.query((rs, row) -> row(rs))
			.list();
		return new PageOf<>(rows, Math.max(0, page), PageOf.DEFAULT_SIZE, total);
	}

	private static EmployerRow row(ResultSet rs) throws SQLException {
		Country country = Country.valueOf(rs.getString("country"));
		String number = rs.getString("registration_number");
		String size = rs.getString("size");
		return new EmployerRow(rs.getLong("id"), rs.getString("name"),
				(number != null) ? country.display(number) : null, country, rs.getString("city"),
				rs.getString("sector"), (size != null) ? EmployerSize.valueOf(size) : null,
				rs.getInt("active_contacts"), rs.getInt("workplaces"));
	}

	/**
	 * The names of the given employers, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(long organisationId, Collection<Long> employerIds) {
		if (employerIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select id, name from employer where organisation_id = :organisation and id = any(:ids)")
			.param("organisation", organisationId)
			.param("ids", employerIds.toArray(Long[]::new))
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The employers whose name contains the query or whose registration number starts
	 * with it, by name, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<Long> idsMatching(long organisationId, String query, int limit) {
		Search search = Search.of(query);
		return this.jdbc
			.sql("select e.id from employer e where " + Search.CONDITION + " order by lower(e.name), e.id limit :limit")
			.param("organisation", organisationId)
			.param("pattern", search.pattern())
			.param("number", search.number())
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * A contact person of any employer of the organisation, active or not.
	 */
	@Transactional(readOnly = true)
	public Optional<ContactView> contact(long organisationId, long contactId) {
		return this.contacts.findByIdAndOrganisationId(contactId, organisationId).map(EmployerContact::view);
	}

	/**
	 * A workplace of any employer of the organisation.
	 */
	@Transactional(readOnly = true)
	public Optional<WorkplaceView> workplace(long organisationId, long workplaceId) {
		return this.workplaces.findByIdAndOrganisationId(workplaceId, organisationId).map(Workplace::view);
	}

	/**
	 * The country of an employer of the organisation: which schemes apply to it.
	 */
	@Transactional(readOnly = true)
	public Country country(long organisationId, long employerId) {
		return this.jdbc.sql("select country from employer where organisation_id = :organisation and id = :id")
			.param("organisation", organisationId)
			.param("id", employerId)
			.query(String.class)
			.optional()
			.map(Country::valueOf)
			.orElseThrow(() -> new NotFoundException("employer", employerId));
	}

	@Transactional(readOnly = true)
	public boolean exists(long organisationId, long employerId) {
		return this.employers.existsByIdAndOrganisationId(employerId, organisationId);
	}

	private Employer employer(CurrentUser user, long id) {
		return this.employers.findByIdAndOrganisationId(id, user.organisationId())
			.orElseThrow(() -> new NotFoundException("employer", id));
	}

	private EmployerContact contact(CurrentUser user, long employerId, long contactId) {
		return this.contacts.findByIdAndOrganisationId(contactId, user.organisationId())
			.filter(contact -> contact.employerId() == employerId)
			.orElseThrow(() -> new NotFoundException("employer contact", contactId));
	}

	private void requireFreeRegistrationNumber(long organisationId, String registrationNumber, Long exceptId) {
		if (registrationNumber == null) {
			return;
		}
		boolean taken = this.jdbc.sql("""
				select exists (select 1 from employer where organisation_id = :organisation
				and registration_number = :number and id <> coalesce(cast(:except as bigint), -1))
				""")
			.param("organisation", organisationId)
			.param("number", registrationNumber)
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new DomainRuleException("employer.registrationNumber.taken");
		}
	}

	static void requireStaff(CurrentUser user) {
		if (!(user.has(Role.COACH) || user.has(Role.TEAM_LEAD) || user.has(Role.ADMIN))) {
			throw new AccessDeniedException("Only coaches, team leads and administrators work with employers");
		}
	}

	/**
	 * What a search text asks for: a part of the name, and when it looks like a
	 * registration number (digits, perhaps with spaces, dots, dashes or a BE prefix) the
	 * start of one.
	 */
	record Search(String pattern, String number) {

		static final String CONDITION = """
				e.organisation_id = :organisation
				and (cast(:pattern as text) is null or lower(e.name) like :pattern
				     or e.registration_number like cast(:number as text))
				""";

		private static final Pattern NUMBER = Pattern.compile("(?i)\\s*(be)?[\\s.\\-]*[0-9][0-9\\s.\\-]*");

		static Search of(String query) {
			if (query == null || query.isBlank()) {
				return new Search(null, null);
			}
			String text = query.trim().toLowerCase(Locale.ROOT);
			String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			String number = NUMBER.matcher(text).matches() ? text.replaceAll("[^0-9]", "") + "%" : null;
			return new Search(pattern, number);
		}

	}

}
