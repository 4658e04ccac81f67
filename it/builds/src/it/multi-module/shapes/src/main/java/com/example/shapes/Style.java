package com.example.shapes;

/** Crosses to JavaScript as "SOLID" or "DASHED". */
public enum Style {
  SOLID,
  DASHED
}
