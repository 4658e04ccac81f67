package com.example.kitchen.parts;

public enum Color {
  RED,
  GREEN
}
