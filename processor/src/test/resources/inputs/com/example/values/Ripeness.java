package com.example.values;

public enum Ripeness {
  GREEN, RIPE, OVERRIPE
}
