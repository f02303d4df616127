package nl.tandem.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether a first start with an empty database creates the demo
 * organisations
 * @param password the password of every demo account
 * @param scale the number of trajectories of the national-scale data set to generate (0:
 * none)
 */
@ConfigurationProperties("tandem.demo")
record DemoProperties(boolean enabled, String password, int scale) {

	DemoProperties {
		password = (password == null || password.isBlank()) ? "tandem-demo" : password;
	}

}
