/** The Arista EOS platform: OpenConfig as EOS implements it, within Arista's published deviations. */
package org.switchover.platform.eos;
