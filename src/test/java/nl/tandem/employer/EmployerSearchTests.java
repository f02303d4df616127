package nl.tandem.employer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.PageOf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding employers: by a part of the name or by registration number, a page at a time,
 * and in one query for the modules that show employer names in their lists.
 */
@TandemTest
class EmployerSearchTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	Employers employers;

	@Autowired
	EmployerRepository employerRepository;

	@Autowired
	EmployerContactRepository contactRepository;

	@Autowired
	WorkplaceRepository workplaceRepository;

	@Autowired
	DataSource dataSource;

	TestOrganisation organisation;

	CurrentUser coach;

	@BeforeEach
	void anOrganisation() {
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
	}

	@Test
	void theListIsPaginatedByName() {
		List<Long> ids = registerBakeries(PageOf.DEFAULT_SIZE + 5);
		PageOf<EmployerRow> first = this.employers.search(this.coach, "", 0);
		PageOf<EmployerRow> second = this.employers.search(this.coach, " ", 1);
		assertThat(first.total()).isEqualTo(PageOf.DEFAULT_SIZE + 5);
		assertThat(first.rows()).hasSize(PageOf.DEFAULT_SIZE)
			.first()
			.satisfies(row -> assertThat(row.name()).isEqualTo("Bakkerij 01"));
		assertThat(second.rows()).extracting(EmployerRow::name)
			.containsExactly("Bakkerij 26", "Bakkerij 27", "Bakkerij 28", "Bakkerij 29", "Bakkerij 30");
		assertThat(second.hasNext()).isFalse();
		assertThat(this.employers.search(this.coach, "", 7).rows()).isEmpty();
		assertThat(ids).hasSize(30);
	}

	@Test
	void aPartOfTheNameFindsTheEmployerWhateverTheCase() {
		this.employers.register(this.coach, EmployerFixtures.bakery("Zorgcentrum De Lindehof", null));
		this.employers.register(this.coach, EmployerFixtures.bakery("Versmarkt De Hoek", null));
		assertThat(this.employers.search(this.coach, "LINDE", 0).rows()).extracting(EmployerRow::name)
			.containsExactly("Zorgcentrum De Lindehof");
		assertThat(this.employers.search(this.coach, "de ", 0).rows()).hasSize(2);
		assertThat(this.employers.search(this.coach, "100%", 0).rows()).isEmpty();
	}

	@Test
	void theRegistrationNumberFindsTheEmployerHoweverItIsWritten() {
		long dutch = this.employers.register(this.coach, EmployerFixtures.bakery("Bakkerij", "12345678"));
		long flemish = this.employers.register(this.coach, EmployerFixtures.flemishPrintShop());
		assertThat(ids(this.employers.search(this.coach, "12345678", 0))).containsExactly(dutch);
		assertThat(ids(this.employers.search(this.coach, "1234 5678", 0))).containsExactly(dutch);
		assertThat(ids(this.employers.search(this.coach, "BE 0123.456.749", 0))).containsExactly(flemish);
		assertThat(ids(this.employers.search(this.coach, "0123456", 0))).as("the start of a number")
			.containsExactly(flemish);
		assertThat(this.employers.search(this.coach, "0123456749", 0).rows()).singleElement()
			.satisfies(row -> assertThat(row.registrationNumber()).isEqualTo("0123.456.749"));
		assertThat(this.employers.idsMatching(this.organisation.id(), "1234 5678", 5)).containsExactly(dutch);
	}

	@Test
	void theListCountsActiveContactsAndWorkplaces() {
		long id = this.employers.register(this.coach, EmployerFixtures.bakery());
		this.employers.addContact(this.coach, id, EmployerFixtures.supervisor());
		long buddy = this.employers.addContact(this.coach, id, EmployerFixtures.buddy());
		this.employers.deactivateContact(this.coach, id, buddy, 0);
		this.employers.addWorkplace(this.coach, id, EmployerFixtures.bakehouse());
		assertThat(this.employers.search(this.coach, "", 0).rows()).singleElement().satisfies(row -> {
			assertThat(row.activeContacts()).isOne();
			assertThat(row.workplaces()).isOne();
		});
	}

	@Test
	void theLiveSearchShowsTheMatchingEmployersWithAPager() throws Exception {
		registerBakeries(PageOf.DEFAULT_SIZE + 1);
		this.employers.register(this.coach, EmployerFixtures.bakery("Drukkerij De Letterzetter", null));
		Cookie session = this.logins.session(this.organisation.coach());
		this.mvc.perform(get("/employers").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Werkgevers (27)"), containsString("rel=\"next\""),
					containsString("hx-get=\"/employers\""), containsString("Bakkerij 01"))));
		this.mvc.perform(get("/employers?q=letterzet").cookie(session).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Drukkerij De Letterzetter"),
					not(containsString("Bakkerij 01")), not(containsString("rel=\"next\"")))));
		this.mvc.perform(get("/employers?q=bakkerij&page=1").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bakkerij 26"), containsString("rel=\"prev\""))));
	}

	@Test
	void theNamesOfManyEmployersTakeOneQuery() {
		List<Long> ids = registerBakeries(12);
		CountingDataSource counting = new CountingDataSource(this.dataSource);
		Employers counted = new Employers(this.employerRepository, this.contactRepository, this.workplaceRepository,
				JdbcClient.create(counting));
		Map<Long, String> names = counted.names(this.organisation.id(), ids);
		assertThat(names).hasSize(12).containsEntry(ids.get(0), "Bakkerij 01");
		assertThat(counting.statements()).isOne();
		assertThat(counted.names(this.organisation.id(), List.of())).isEmpty();
		assertThat(counting.statements()).isOne();
	}

	@Test
	void otherModulesLookUpContactsAndWorkplacesWithTheirEmployer() {
		long id = this.employers.register(this.coach, EmployerFixtures.bakery());
		long contact = this.employers.addContact(this.coach, id, EmployerFixtures.supervisor());
		long workplace = this.employers.addWorkplace(this.coach, id, EmployerFixtures.bakehouse());
		assertThat(this.employers.contact(this.organisation.id(), contact)).hasValueSatisfying(view -> {
			assertThat(view.employerId()).isEqualTo(id);
			assertThat(view.role()).isEqualTo(ContactRole.SUPERVISOR);
		});
		assertThat(this.employers.workplace(this.organisation.id(), workplace))
			.hasValueSatisfying(view -> assertThat(view.employerId()).isEqualTo(id));
		assertThat(this.employers.exists(this.organisation.id(), id)).isTrue();
		assertThat(this.employers.exists(this.organisation.id(), -1)).isFalse();
	}

	private List<Long> registerBakeries(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj(n -> this.employers.register(this.coach,
					EmployerFixtures.bakery("Bakkerij %02d".formatted(n), null)))
			.toList();
	}

	private static List<Long> ids(PageOf<EmployerRow> page) {
		return page.rows().stream().map(EmployerRow::id).toList();
	}

	/**
	 * Counts the statements prepared on its connections.
	 */
	static class CountingDataSource extends DelegatingDataSource {

		private final AtomicInteger statements = new AtomicInteger();

		CountingDataSource(DataSource target) {
			super(target);
		}

		int statements() {
			return this.statements.get();
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection connection = super.getConnection();
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, arguments) -> {
						if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
							this.statements.incrementAndGet();
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

	}

}
