package nl.tandem.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no database URL is configured, so that a fresh clone
 * runs with a JDK alone. The data is kept in
 * {@code tandem.database.embedded.data-directory} (by default {@code ./data/postgres})
 * across restarts; when that property is blank, a throw-away directory is used (as the
 * tests do). One server is started per JVM and shared by every application context in it.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String DATA_DIRECTORY = "tandem.database.embedded.data-directory";

	private static EmbeddedPostgres server;

	private final Log log;

	public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		EmbeddedPostgres postgres = start(environment.getProperty(DATA_DIRECTORY, ""));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
							"spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
							"tandem.database.embedded.running", "true")));
	}

	private synchronized EmbeddedPostgres start(String dataDirectory) {
		if (server != null) {
			return server;
		}
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC");
			if (StringUtils.hasText(dataDirectory)) {
				Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
				Files.createDirectories(directory);
				builder.setDataDirectory(directory).setCleanDataDirectory(false);
				this.log.info("Starting embedded PostgreSQL with its data in " + directory);
			}
			else {
				this.log.info("Starting a throw-away embedded PostgreSQL");
			}
			server = builder.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
