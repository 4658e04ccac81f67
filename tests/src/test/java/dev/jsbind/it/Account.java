package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsNullable;
import dev.jsbind.annotations.JsProperty;
import java.util.Arrays;
import java.util.List;

/** What a wrapper shows to JSON.stringify: final fields, getters, a nested wrapper, a copy (JsonTest). */
@JsExposed
public class Account {
  /** How often a method ran: toJSON must call none. */
  public static int methodCalls;

  public final String owner;
  public final int number;
  private double balance;
  private Account backup;

  public Account(String owner, int number, double balance) {
    this.owner = owner;
    this.number = number;
    this.balance = balance;
  }

  @JsProperty
  public double getBalance() {
    return balance;
  }

  @JsProperty
  public void setBalance(double balance) {
    this.balance = balance;
  }

  /** A nested wrapper (null until set). */
  @JsProperty
  public Account getBackup() {
    return backup;
  }

  @JsProperty
  public void setBackup(@JsNullable Account backup) {
    this.backup = backup;
  }

  /** A copy: an array in JavaScript. */
  @JsProperty
  public List<String> getTags() {
    return Arrays.asList("a", owner);
  }

  public double withdraw(double amount) {
    methodCalls++;
    balance -= amount;
    return balance;
  }
}
