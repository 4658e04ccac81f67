package com.example.kt

import dev.jsbind.annotations.JsExposed
import dev.jsbind.annotations.JsValue

/** A thermostat scripts can read and set. */
@JsExposed
class Thermostat(val room: String) {
    /** The temperature aimed at, in °C. */
    var target: Int = 20

    /** Whether it heats; Kotlin names the getter isOn() and the setter setOn(). */
    var isOn: Boolean = false

    /** Where the thermostat shows its state; none until one is attached (nullable: no @JsNullable needed). */
    var display: Display? = null

    /** Computed, without a backing field: a method getSummary() unless annotated @get:JsProperty. */
    val summary: String
        get() = "$room at $target"

    /** Raises the target and answers the new one. */
    fun raise(by: Int): Int {
        target += by
        return target
    }

    /** Kotlin's String? is nullable for jsbind too. */
    fun label(suffix: String?): String = room + (suffix ?: "")

    /** An exposed class that may be null: Kotlin's `Display?`. */
    fun attach(display: Display?): Boolean {
        this.display = display
        return display != null
    }

    /** A strict one: Kotlin's `Display` (not null). */
    fun mirror(display: Display): Int = display.lines

    /** A data class crossing by copy. */
    fun reading(): Reading = Reading(room, target)

    fun apply(reading: Reading): String {
        target = reading.celsius
        return reading.room
    }

    companion object {
        /** A constant of the class. */
        const val MAX = 30

        /** A static of the class (@JvmStatic). */
        @JvmStatic
        fun standard(): Thermostat = Thermostat("hall")

        /** Only on the Companion object: not reachable from scripts. */
        fun hidden(): Int = 1
    }
}

@JsExposed
class Display(val lines: Int)

/** A Kotlin object: one instance, reached as Registry.INSTANCE. */
@JsExposed
object Registry {
    fun count(): Int = 1

    @JvmStatic
    fun total(): Int = 2
}

/** Copied by value: @JvmField makes the properties the public fields a copy reads and writes. */
@JsValue
data class Reading(@JvmField val room: String, @JvmField val celsius: Int)
