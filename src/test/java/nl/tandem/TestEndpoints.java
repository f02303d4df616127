package nl.tandem;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint that fails, to see what a user is shown when something breaks.
 */
@TestComponent
@RestController
public class TestEndpoints {

	@GetMapping("/test/failure")
	String failure() {
		throw new IllegalStateException("database password is hunter2 at nl.tandem.Secret.line(42)");
	}

}
