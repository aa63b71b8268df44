"""First names across the languages the press writes about (session 7, second wave).

Why: a person named in an enumeration after a people context ("deux anciens chercheurs de
Google DeepMind, Misha Laskin et Ioannis Antonoglou") reads like a list of organisations;
a first word that is a common first name is never taken as an unknown organisation's.
Names that open well-known company names (Leonardo, Aurora, Jane Street, Axel Springer,
Oscar Health, Stella Artois) are left out: a first name here vetoes an unknown name.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# fmt: off
MORE_FIRST_NAMES = _words(
    """
    Rupert Jason Fabian Anton Misha Mikhail Ioannis Yannis Giorgos Georgios Nikolaos
    Dimitris Konstantinos Alexei Alexey Dmitri Dmitry Sergei Ivan Igor Vladimir Pavel Yuri
    Oleg Boris Andrei Nikolai Natalia Olga Irina Svetlana Tatiana Ekaterina Anastasia Maria
    Emma Olivia Ava Isabella Mia Charlotte Amelia Evelyn Abigail Ella Chloe Hannah Zoe Nora
    Leah Natalie Samantha Elizabeth Rachel Rebecca Katherine Catherine Kate Kathryn Karen
    Nancy Linda Barbara Patricia Jessica Ashley Stephanie Nicole Melissa Michelle Kimberly
    Deborah Amanda Megan Heather Julia Julie Diane Helen Sandra Donna Carol Janet Margaret
    Joanna Joan Judith Denise Tiffany Priya Ananya Aisha Fatima Leila Yasmin Mariam William
    Joseph Christopher Matthew Anthony Donald Steven Andrew Joshua Kenneth George Timothy
    Ronald Edward Jeffrey Ryan Jacob Gary Nicholas Jonathan Stephen Justin Scott Brandon
    Benjamin Samuel Gregory Dennis Jerry Tyler Aaron Adam Henry Nathan Douglas Zachary Kyle
    Walter Ethan Jeremy Harold Keith Noah Gerald Terry Sean Lawrence Jesse Bryan Billy Bruce
    Albert Willie Wayne Roy Ralph Randy Eugene Russell Elijah Bobby Philip Johnny Travis
    Colin Graham Ian Neil Nigel Simon Stuart Trevor Gavin Craig Derek Dominic Rory Liam Owen
    Connor Callum Anders Erik Henrik Johan Magnus Nils Olof Per Sven Gustav Mikael Mattias
    Jonas Emil Oskar Björn Bjorn Ingrid Astrid Sigrid Kristian Mads Rasmus Søren Soren
    Jesper Niklas Pekka Jukka Mikko Timo Antti Sami Pieter Jeroen Joost Bas Sander Thijs
    Bram Wouter Maarten Ruud Koen Willem Hendrik Jens Jörg Joerg Rainer Reinhard Dieter
    Manfred Helmut Werner Gerhard Günter Günther Horst Bernd Volker Thorsten Torsten Kai
    Felix Maximilian Moritz Lukas Leon Elias Finn Ole Till Sabine Petra Ursula Monika
    Claudia Stefanie Susanne Katrin Katharina Anja Birgit Heike Tanja Silke Mohammed Mohamed
    Muhammad Ahmed Ahmad Ali Omar Hassan Hussein Khalid Khaled Abdullah Abdul Youssef Yusuf
    Ibrahim Tarek Karim Rami Samir Nabil Walid Faisal Mansour Hamad Saeed Rashid Majid Raj
    Rahul Amit Anil Sunil Sanjay Vijay Ajay Rajesh Ramesh Suresh Mahesh Ravi Vikram Arjun
    Rohan Nitin Deepak Ashok Anand Prakash Srinivas Venkat Kiran Shiv Shankar Kai-Fu Takashi
    Kenji Kenichi Yuki Yoshi Haruki Satoshi Shinji Tadashi Akira Koji Taro Ichiro Jae-yong
    Min-jun Jean-Pierre Jean-Louis Jean-Marc Jean-Claude Jean-François Jean-Baptiste Jean-Paul
    Jean-Michel Pierre-Yves Marie-Claire Anne-Marie Mathieu Matthieu Maxime Sébastien
    Benoît Benoit Cédric Fabrice Frédéric Grégoire Hervé Jérôme Loïc Ludovic Pascal Rémi
    Romain Sylvain Yves Yannick Baptiste Clément Damien Étienne Florent Gilles Lionel Renaud
    Thibault Valentin Véronique Nathalie Isabelle Sandrine Céline Valérie Sylvie Martine
    Christine Hélène Aurélie Élodie Camille Léa Manon Pauline Giorgio Lorenzo Riccardo
    Davide Simone Federico Emanuele Daniele Tommaso Filippo Gabriele Michele Salvatore
    Vincenzo Pietro Raffaele Maurizio Fabrizio Giulia Chiara Francesca Federica Valentina
    Elisa Silvia Paola Alessandra Martina Sara Álvaro Alvaro Raúl Raul Iván Ignacio Gonzalo
    Andrés Andres Íñigo Iñigo Jaime Joaquín Joaquin Ramón Ramon Víctor Tomás Tomas Xabier
    Agustín Martín Nicolás Santiago Sebastián Felipe Guilherme Gustavo Marcelo Mateus Thiago
    Vitor Lucas Luiz Fábio Flávio Márcio Sérgio Renata Juliana Mariana Camila Gabriela
    Patrícia Luciana Valeria Cristina Inés Ines Jony Bret
    """
)
# fmt: on
