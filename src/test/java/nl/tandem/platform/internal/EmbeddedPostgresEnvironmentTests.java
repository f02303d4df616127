package nl.tandem.platform.internal;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresEnvironmentTests {

	@Test
	void aConfiguredDatabaseUrlStartsNoEmbeddedServer() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.example:5432/tandem");
		new EmbeddedPostgresEnvironment(new DeferredLogs()).postProcessEnvironment(environment,
				new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example:5432/tandem");
		assertThat(environment.getPropertySources().contains("embeddedPostgres")).isFalse();
	}

	@Test
	void withoutADatabaseUrlTheEmbeddedServerIsUsed() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "");
		new EmbeddedPostgresEnvironment(new DeferredLogs()).postProcessEnvironment(environment,
				new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://localhost:");
		assertThat(environment.getProperty("tandem.database.embedded.running")).isEqualTo("true");
	}

}
