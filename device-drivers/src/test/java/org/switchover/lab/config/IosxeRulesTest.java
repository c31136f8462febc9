package org.switchover.lab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.lab.SwitchModel;
import org.switchover.lab.SwitchPlatform;
import org.switchover.netconf.RpcError;

/** The lab's iosxe personality on a trunk's allowed VLANs: one case of Cisco-IOS-XE-switch's vlan-choices. */
class IosxeRulesTest {

    private static final ConfigRules RULES = ConfigRules.of(SwitchPlatform.IOSXE, SwitchModel.numbered("C9300-LAB-4", "GigabitEthernet1/0/", 4));

    private static List<RpcError> check(String choices) {
        return RULES.check(XmlReader.parseConfig("""
                <native xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-native"><interface>
                  <GigabitEthernet><name>1/0/1</name><switchport-config><switchport>
                    <mode xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-switch"><trunk/></mode>
                    <trunk xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-switch"><allowed><vlan-v2><vlan-choices>%s</vlan-choices></vlan-v2></allowed></trunk>
                  </switchport></switchport-config></GigabitEthernet>
                </interface></native>""".formatted(choices), "test"));
    }

    @Test
    void aTrunkAllowsAListNoneOrAll() {
        assertThat(check("<vlans>10,20-22</vlans>")).isEmpty();
        assertThat(check("<none/>")).as("switchport trunk allowed vlan none").isEmpty();
        assertThat(check("<all>true</all>")).isEmpty();
    }

    @Test
    void casesOfTheChoiceAreExclusiveAndNoneTakesNoValue() {
        assertThat(check("<vlans>10</vlans><none/>")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("one of vlans, none, all").contains("vlans, none"));
        assertThat(check("<none>10</none>")).singleElement()
                .satisfies(e -> assertThat(e.path()).endsWith("/vlan-choices/none"));
        assertThat(check("<vlans></vlans>")).as("an empty list is no VLAN range").hasSize(1);
    }
}
