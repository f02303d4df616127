package nl.tandem.platform;

import java.util.List;

import nl.tandem.TandemTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules of the data that every migration must keep.
 */
@TandemTest
class SchemaTests {

	/**
	 * Tables that are not records of an organisation: Flyway's history and the HTTP
	 * sessions of logins.
	 */
	static final List<String> NOT_TENANT_DATA = List.of("flyway_schema_history", "spring_session",
			"spring_session_attributes");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTableCarriesTheOrganisation() {
		List<String> without = this.jdbc.sql("""
				select t.table_name from information_schema.tables t
				where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
				and not exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema
				                and c.table_name = t.table_name and c.column_name = 'organisation_id')
				order by t.table_name
				""").query(String.class).list();
		assertThat(without).containsExactlyInAnyOrderElementsOf(NOT_TENANT_DATA);
	}

	@Test
	void theSchemaHasTheExpectedTables() {
		List<String> tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = 'public'")
			.query(String.class)
			.list();
		assertThat(tables).contains("organisation", "team", "staff_member", "certificate", "account");
	}

	@Test
	void everyAggregateTableHasAVersionForOptimisticLocking() {
		List<String> aggregates = List.of("organisation", "team", "staff_member", "account");
		List<String> versioned = this.jdbc.sql("""
				select table_name from information_schema.columns
				where table_schema = 'public' and column_name = 'version'
				""").query(String.class).list();
		assertThat(versioned).containsAll(aggregates);
	}

}
