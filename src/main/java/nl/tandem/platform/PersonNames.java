package nl.tandem.platform;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How Tandem writes a person's name (given name, the Dutch name prefix such as "van der",
 * family name), and the lookup of many names at once that lists and dashboards use
 * instead of one query per row.
 */
public final class PersonNames {

	private PersonNames() {
	}

	/**
	 * The parts that are there, separated by one space: an anonymised participant, whose
	 * family name is empty, reads "Geanonimiseerd", without a trailing space.
	 */
	public static String display(String givenName, String familyNamePrefix, String familyName) {
		return java.util.stream.Stream.of(givenName, familyNamePrefix, familyName)
			.filter(part -> part != null && !part.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(" "));
	}

	/**
	 * The display names of the given rows of a table with {@code given_name},
	 * {@code family_name_prefix} and {@code family_name}, in one query, scoped to the
	 * organisation.
	 * @param table the table, named by the calling module (never user input)
	 */
	public static Map<Long, String> lookup(JdbcClient jdbc, String table, long organisationId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc
			.sql("select id, given_name, family_name_prefix, family_name from " + table
					+ " where organisation_id = :organisation and id = any(:ids)")
			.param("organisation", organisationId)
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> Map.entry(rs.getLong("id"),
					display(rs.getString("given_name"), rs.getString("family_name_prefix"),
							rs.getString("family_name"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
