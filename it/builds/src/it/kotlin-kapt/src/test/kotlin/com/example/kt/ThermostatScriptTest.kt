package com.example.kt

import dev.jsbind.runtime.JsException
import dev.jsbind.runtime.JsRuntime
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Test

/** Scripts against the Kotlin classes, through the bindings kapt had jsbind generate. */
class ThermostatScriptTest {
    private fun <T> withRuntime(body: (JsRuntime) -> T): T =
        JsRuntime.create().use { js ->
            js.install(Thermostat::class.java)
            js.install(Display::class.java)
            js.install(Registry::class.java)
            body(js)
        }

    private fun error(js: JsRuntime, script: String): String =
        assertThrows(JsException::class.java) { js.exec(script) }.let { it.name + ": " + it.jsMessage }

    @Test
    fun propertiesAreProperties() = withRuntime { js ->
        assertEquals("kitchen 21 true", js.eval(
            "var t = new Thermostat('kitchen'); t.target = 21; t.on = true; t.room + ' ' + t.target + ' ' + t.on"))
        // val is read-only.
        assertEquals("TypeError: Thermostat.room is read-only", error(js, "t.room = 'attic'"))
        assertEquals("kitchen", js.eval("t.room"))
        assertEquals(23, js.eval("t.raise(2)"))
        // A computed property without @get:JsProperty is a method.
        assertEquals("kitchen at 23", js.eval("t.getSummary()"))
    }

    @Test
    fun nullabilityFollowsKotlin() = withRuntime { js ->
        js.exec("var t = new Thermostat('den')")
        assertEquals("den", js.eval("t.label(null)"))
        assertEquals(false, js.eval("t.attach(null)"))
        assertEquals(true, js.eval("t.attach(new Display(3))"))
        js.exec("t.display = null")
        assertEquals(null, js.eval("t.display"))
        assertEquals(
            "TypeError: Thermostat.mirror: argument 1 (display) must be a Display, got null",
            error(js, "t.mirror(null)"))
    }

    @Test
    fun companionAndObjectMembers() = withRuntime { js ->
        assertEquals(30, js.eval("Thermostat.MAX"))
        assertEquals("hall", js.eval("Thermostat.standard().room"))
        assertEquals("undefined undefined", js.eval("typeof Thermostat.hidden + ' ' + typeof Thermostat.Companion"))
        assertEquals(3, js.eval("Registry.INSTANCE.count() + Registry.total() - Registry.INSTANCE.count() + 1"))
        assertEquals("TypeError", error(js, "new Registry()").substringBefore(':'))
    }

    @Test
    fun dataClassesCrossByCopy() = withRuntime { js ->
        assertEquals("{\"room\":\"loft\",\"celsius\":20}", js.eval("JSON.stringify(new Thermostat('loft').reading())"))
        assertEquals("spa 35", js.eval("var s = new Thermostat('x'); s.apply({room: 'spa', celsius: 35}) + ' ' + s.target"))
    }
}
