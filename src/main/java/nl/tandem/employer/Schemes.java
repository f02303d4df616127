package nl.tandem.employer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information on schemes for employers, per organisation in Dutch and English. Every
 * organisation starts with the default texts (in {@code employer/scheme-defaults_*}),
 * stored for it the first time its schemes are asked for; from then on its administrators
 * change them. Employer contacts read the schemes of their employer's country in their
 * own language. The texts are plain (paragraphs and "- " lists): markup is refused, and
 * pages always escape what they show.
 */
@Service
@Transactional
public class Schemes {

	/**
	 * The languages every scheme is written in.
	 */
	public static final List<String> LANGUAGES = List.of("nl", "en");

	public static final int MAX_TITLE = 150;

	public static final int MAX_BODY = 5000;

	private static final Pattern MARKUP = Pattern.compile("<[/!?a-zA-Z]|&[#a-zA-Z0-9]+;");

	private static final Map<String, Properties> DEFAULTS = Map.of("nl", defaults("nl"), "en", defaults("en"));

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	Schemes(JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The schemes of a country in a language (English for any language but Dutch), for an
	 * employer contact of that country.
	 */
	public List<SchemeText> forCountry(long organisationId, Country country, String language) {
		seed(organisationId);
		String lang = "nl".equals(language) ? "nl" : "en";
		return read(organisationId).stream()
			.filter(text -> text.scheme().country() == country && text.language().equals(lang))
			.toList();
	}

	/**
	 * Every scheme in both languages, for an administrator of the organisation.
	 */
	public List<SchemeText> all(CurrentUser user) {
		requireAdmin(user);
		seed(user.organisationId());
		return read(user.organisationId());
	}

	/**
	 * One scheme in one language, for an administrator to change.
	 */
	public SchemeText text(CurrentUser user, Scheme scheme, String language) {
		return all(user).stream()
			.filter(text -> text.scheme() == scheme && text.language().equals(language))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("scheme", scheme.ordinal()));
	}

	/**
	 * Changes the text of a scheme in one language, as the administrator opened it at
	 * {@code version}.
	 */
	public void edit(CurrentUser user, Scheme scheme, String language, long version, String title, String body) {
		SchemeText current = text(user, scheme, language);
		String cleanTitle = (title == null) ? "" : title.strip();
		String cleanBody = (body == null) ? "" : body.strip().replace("\r\n", "\n");
		if (cleanTitle.isEmpty()) {
			throw new DomainRuleException("scheme.title.required");
		}
		if (cleanTitle.length() > MAX_TITLE) {
			throw new DomainRuleException("scheme.title.tooLong");
		}
		if (cleanBody.isEmpty()) {
			throw new DomainRuleException("scheme.body.required");
		}
		if (cleanBody.length() > MAX_BODY) {
			throw new DomainRuleException("scheme.body.tooLong");
		}
		if (MARKUP.matcher(cleanTitle).find()) {
			throw new DomainRuleException("scheme.title.markup");
		}
		if (MARKUP.matcher(cleanBody).find()) {
			throw new DomainRuleException("scheme.body.markup");
		}
		ConcurrentEditException.check("scheme", scheme.ordinal(), current.version(), version);
		int changed = this.jdbc
			.sql("""
					update scheme_text set title = :title, body = :body, updated_at = :at, updated_by = :by,
					version = version + 1
					where organisation_id = :organisation and scheme = :scheme and language = :language and version = :version
					""")
			.param("title", cleanTitle)
			.param("body", cleanBody)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.accountId())
			.param("organisation", user.organisationId())
			.param("scheme", scheme.name())
			.param("language", language)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new ConcurrentEditException("scheme", scheme.ordinal());
		}
	}

	private List<SchemeText> read(long organisationId) {
		record Row(String scheme, String language, String title, String body, Timestamp updatedAt, Long updatedBy,
				long version) {
		}
		List<Row> rows = this.jdbc.sql("""
				select scheme, language, title, body, updated_at, updated_by, version from scheme_text
				where organisation_id = :organisation
				""").param("organisation", organisationId).query(Row.class).list();
		Set<Long> editors = new HashSet<>();
		rows.stream().map(Row::updatedBy).filter(java.util.Objects::nonNull).forEach(editors::add);
		Map<Long, String> names = editors.isEmpty() ? Map.of() : this.accounts.names(organisationId, editors);
		return rows.stream()
			.filter(row -> Arrays.stream(Scheme.values()).anyMatch(s -> s.name().equals(row.scheme())))
			.map(row -> new SchemeText(Scheme.valueOf(row.scheme()), row.language(), row.title(), row.body(),
					(row.updatedAt() != null) ? row.updatedAt().toInstant() : null,
					(row.updatedBy() != null) ? names.get(row.updatedBy()) : null, row.version()))
			.sorted(java.util.Comparator.comparing((SchemeText t) -> t.scheme().ordinal())
				.thenComparing(t -> LANGUAGES.indexOf(t.language())))
			.toList();
	}

	/**
	 * Stores the default texts the organisation does not have yet (once; two instances
	 * doing it at the same time leave one copy).
	 */
	private void seed(long organisationId) {
		int stored = this.jdbc.sql("select count(*) from scheme_text where organisation_id = :organisation")
			.param("organisation", organisationId)
			.query(Integer.class)
			.single();
		if (stored >= Scheme.values().length * LANGUAGES.size()) {
			return;
		}
		for (Scheme scheme : Scheme.values()) {
			for (String language : LANGUAGES) {
				Properties texts = DEFAULTS.get(language);
				this.jdbc.sql("""
						insert into scheme_text (organisation_id, scheme, language, title, body)
						values (:organisation, :scheme, :language, :title, :body)
						on conflict (organisation_id, scheme, language) do nothing
						""")
					.param("organisation", organisationId)
					.param("scheme", scheme.name())
					.param("language", language)
					.param("title", texts.getProperty(scheme.name() + ".title"))
					.param("body", texts.getProperty(scheme.name() + ".body"))
					.update();
			}
		}
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Administrators edit the schemes");
		}
	}

	private static Properties defaults(String language) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("employer/scheme-defaults_" + language + ".properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Scheme scheme : Scheme.values()) {
			if (properties.getProperty(scheme.name() + ".title") == null
					|| properties.getProperty(scheme.name() + ".body") == null) {
				throw new IllegalStateException("No default text for " + scheme + " in " + language);
			}
		}
		return properties;
	}

}
