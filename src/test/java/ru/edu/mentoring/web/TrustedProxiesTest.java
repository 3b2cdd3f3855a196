package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

class TrustedProxiesTest {

    @Test
    void byDefaultNoProxyIsTrusted() {
        StandardEnvironment env = new StandardEnvironment();
        new TrustedProxies().postProcessEnvironment(env, null);
        assertThat(env.getProperty("server.tomcat.remoteip.internal-proxies")).isEmpty();
        assertThat(env.getProperty("server.tomcat.remoteip.trusted-proxies")).isEmpty();
        assertThat(env.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }

    @Test
    void addressesAndNetworksBecomeAnExactPattern() {
        Pattern p = Pattern.compile(TrustedProxies.pattern(" 10.0.0.5, 172.18.0.0/16 ,::1"));
        assertThat(p.matcher("10.0.0.5").matches()).isTrue();
        assertThat(p.matcher("10.0.0.50").matches()).isFalse();
        assertThat(p.matcher("10.0.0.5x").matches()).isFalse();
        assertThat(p.matcher("172.18.3.4").matches()).isTrue();
        assertThat(p.matcher("172.19.3.4").matches()).isFalse();
        assertThat(p.matcher("0:0:0:0:0:0:0:1").matches()).as("Tomcat's form of ::1").isTrue();
        assertThat(p.matcher("192.168.1.1").matches()).isFalse();
    }

    @Test
    void aHostNameOrAnOddPrefixIsRefusedAtStart() {
        for (String bad : new String[] {"proxy.local", "10.0.0.0/12", "10.0.0.1/x", "*"}) {
            assertThatThrownBy(() -> TrustedProxies.pattern(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TRUSTED_PROXIES");
        }
    }
}
