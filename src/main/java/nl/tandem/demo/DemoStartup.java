package nl.tandem.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.tandem.organisation.Organisations;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database: the demo organisations. With
 * {@code tandem.demo.scale}: the national-scale data set. When Tandem is ready: where to
 * find it and how to sign in.
 */
@Component
class DemoStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

	private final DemoProperties properties;

	private final Organisations organisations;

	private final DemoData demo;

	private final ScaleGenerator scale;

	private final Environment environment;

	private final Clock clock;

	private List<DemoData.Login> logins = List.of();

	DemoStartup(DemoProperties properties, Organisations organisations, DemoData demo, ScaleGenerator scale,
			Environment environment, Clock clock) {
		this.properties = properties;
		this.organisations = organisations;
		this.demo = demo;
		this.scale = scale;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.enabled() && !this.organisations.anyExists()) {
			log.info("Empty database: creating the demo organisations");
			this.logins = this.demo.create(this.properties.password(),
					LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Amsterdam"))));
		}
		if (this.properties.scale() > 0) {
			this.scale.generate(this.properties.scale(), this.properties.password());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port"));
		String url = "http://localhost:" + port + this.environment.getProperty("server.servlet.context-path", "");
		StringBuilder message = new StringBuilder("\n\n  Tandem is running at ").append(url).append('\n');
		if (this.properties.enabled()) {
			message.append("  Demo logins (password '")
				.append(this.properties.password())
				.append("'):\n")
				.append(DemoLogins.describe(this.logins));
		}
		log.info(message.toString());
	}

	/**
	 * The demo logins as printed at start-up.
	 */
	static final class DemoLogins {

		private static final List<String> KNOWN = List.of("admin@debrug.example (ADMIN)",
				"teamleider.noord@debrug.example (TEAM_LEAD)", "sanne@debrug.example (COACH)",
				"daan@debrug.example (COACH)", "privacy@debrug.example (PRIVACY_OFFICER)",
				"mohammed@deelnemer.example (PARTICIPANT, in the portal)",
				"marieke.dijkstra@krentje.example (EMPLOYER_CONTACT: the employer portal)",
				"admin@schakel.example (ADMIN of a second organisation)");

		private DemoLogins() {
		}

		static String describe(List<DemoData.Login> created) {
			List<String> lines = created.isEmpty() ? KNOWN
					: created.stream().map(login -> login.email() + " " + login.roles()).toList();
			return lines.stream().map(line -> "    " + line).collect(Collectors.joining("\n")) + "\n";
		}

	}

}
