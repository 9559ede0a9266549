#include "demo_names.h"

// Data only. Lists are long on purpose: at 5 000 families no family name
// may be shared by more than three (docs/DECISIONS.md), so there are well
// over 1 500 surnames in all.

namespace coopdesk::demo {

namespace {

// English, Scottish, Irish and Welsh, and the names common among
// African-American families.
constexpr const char* angloSurnames[] = {
    "Smith",      "Johnson",     "Williams",   "Brown",      "Jones",       "Miller",
    "Davis",      "Wilson",      "Anderson",   "Taylor",     "Thomas",      "Moore",
    "Martin",     "Jackson",     "Thompson",   "White",      "Harris",      "Clark",
    "Lewis",      "Robinson",    "Walker",     "Young",      "Allen",       "King",
    "Wright",     "Scott",       "Hill",       "Green",      "Adams",       "Baker",
    "Nelson",     "Carter",      "Mitchell",   "Roberts",    "Turner",      "Phillips",
    "Campbell",   "Parker",      "Evans",      "Edwards",    "Collins",     "Stewart",
    "Morris",     "Rogers",      "Reed",       "Cook",       "Morgan",      "Bell",
    "Murphy",     "Bailey",      "Cooper",     "Richardson", "Cox",         "Howard",
    "Ward",       "Peterson",    "Gray",       "James",      "Watson",      "Brooks",
    "Kelly",      "Sanders",     "Price",      "Bennett",    "Wood",        "Barnes",
    "Ross",       "Henderson",   "Coleman",    "Jenkins",    "Perry",       "Powell",
    "Long",       "Patterson",   "Hughes",     "Washington", "Butler",      "Simmons",
    "Foster",     "Bryant",      "Alexander",  "Russell",    "Griffin",     "Hayes",
    "Myers",      "Ford",        "Hamilton",   "Graham",     "Sullivan",    "Wallace",
    "West",       "Cole",        "Jordan",     "Owens",      "Reynolds",    "Fisher",
    "Ellis",      "Harrison",    "Gibson",     "McDonald",   "Marshall",    "Wells",
    "Tucker",     "Porter",      "Hunter",     "Hicks",      "Crawford",    "Henry",
    "Boyd",       "Mason",       "Kennedy",    "Warren",     "Dixon",       "Burns",
    "Gordon",     "Shaw",        "Holmes",     "Rice",       "Robertson",   "Hunt",
    "Black",      "Daniels",     "Palmer",     "Mills",      "Nichols",     "Grant",
    "Knight",     "Ferguson",    "Stone",      "Hawkins",    "Dunn",        "Perkins",
    "Hudson",     "Spencer",     "Gardner",    "Stephens",   "Payne",       "Pierce",
    "Berry",      "Matthews",    "Arnold",     "Willis",     "Ray",         "Watkins",
    "Carroll",    "Duncan",      "Hart",       "Cunningham", "Bradley",     "Lane",
    "Andrews",    "Harper",      "Fox",        "Riley",      "Armstrong",   "Carpenter",
    "Weaver",     "Greene",      "Lawrence",   "Elliott",    "Sims",        "Austin",
    "Peters",     "Kelley",      "Franklin",   "Lawson",     "Fields",      "Ryan",
    "Carr",       "Wheeler",     "Chapman",    "Oliver",     "Montgomery",  "Richards",
    "Williamson", "Johnston",    "Banks",      "Bishop",     "McCoy",       "Howell",
    "Morrison",   "Harvey",      "Little",     "Burton",     "Stanley",     "George",
    "Jacobs",     "Reid",        "Fuller",     "Lynch",      "Dean",        "Gilbert",
    "Garrett",    "Welch",       "Frazier",    "Burke",      "Day",         "Bowman",
    "Fowler",     "Brewer",      "Pearson",    "Holland",    "Douglas",     "Fleming",
    "Byrd",       "Davidson",    "Hopkins",    "May",        "Terry",       "Wade",
    "Walters",    "Curtis",      "Neal",       "Caldwell",   "Lowe",        "Jennings",
    "Barnett",    "Graves",      "Horton",     "Shelton",    "Barrett",     "O'Brien",
    "Sutton",     "Gregory",     "McKinney",   "Lucas",      "Miles",       "Craig",
    "Chambers",   "Holt",        "Lambert",    "Fletcher",   "Watts",       "Bates",
    "Hale",       "Rhodes",      "Beck",       "Newman",     "Haynes",      "McDaniel",
    "Bush",       "Vaughn",      "Parks",      "Dawson",     "Norris",      "Hardy",
    "Love",       "Steele",      "Curry",      "Powers",     "Barker",      "Page",
    "Ball",       "Chandler",    "Leonard",    "Walsh",      "Lyons",       "Ramsey",
    "Wolfe",      "Mullins",     "Benson",     "Sharp",      "Bowen",       "Daniel",
    "Barber",     "Cummings",    "Hines",      "Baldwin",    "Griffith",    "Hubbard",
    "Reeves",     "Warner",      "Stevenson",  "Burgess",    "Tate",        "Cross",
    "Garner",     "Mann",        "Mack",       "Moss",       "Thornton",    "Dennis",
    "McGee",      "Farmer",      "Glover",     "Manning",    "Harmon",      "Rodgers",
    "Robbins",    "Newton",      "Todd",       "Blair",      "Higgins",     "Ingram",
    "Reese",      "Cannon",      "Strickland", "Townsend",   "Potter",      "Goodwin",
    "Walton",     "Rowe",        "Hampton",    "Patton",     "Swanson",     "Joseph",
    "Francis",    "Goodman",     "Yates",      "Hodges",     "Conner",      "Adkins",
    "Webster",    "Norman",      "Malone",     "Hammond",    "Flowers",     "Cobb",
    "Moody",      "Quinn",       "Blake",      "Maxwell",    "Pope",        "Floyd",
    "Osborne",    "Paul",        "McCarthy",   "Lindsey",    "Gibbs",       "Tyler",
    "Fitzgerald", "Stokes",      "Doyle",      "Sherman",    "Saunders",    "Wise",
    "Gill",       "Greer",       "Waters",     "Ballard",    "McBride",     "Houston",
    "Pratt",      "Briggs",      "Parsons",    "McLaughlin", "French",      "Buchanan",
    "Moran",      "Copeland",    "Pittman",    "Brady",      "McCormick",   "Holloway",
    "Brock",      "Poole",       "Logan",      "Owen",       "Bass",        "Marsh",
    "Drake",      "Jefferson",   "Morton",     "Abbott",     "Sparks",      "Patrick",
    "Norton",     "Huff",        "Clayton",    "Massey",     "Lloyd",       "Carson",
    "Bowers",     "Roberson",    "Barton",     "Lamb",       "Harrington",  "Casey",
    "Boone",      "Clarke",      "Mathis",     "Singleton",  "Wilkins",     "Cain",
    "Bryan",      "Underwood",   "Hogan",      "McKenzie",   "Collier",     "Phelps",
    "McGuire",    "Allison",     "Bridges",    "Wilkerson",  "Nash",        "Summers",
    "Atkins",     "Wilcox",      "Pitts",      "Conley",     "Burnett",     "Richard",
    "Cochran",    "Chase",       "Davenport",  "Hood",       "Gates",       "Clay",
    "Sawyer",     "Dickerson",   "Hodge",      "Flynn",      "Nicholson",   "Monroe",
    "Wolf",       "Morrow",      "Kirk",       "Randall",    "Anthony",     "Whitaker",
    "O'Connor",   "Skinner",     "Ware",       "Kirby",      "Huffman",     "Bradford",
    "Charles",    "Gilmore",     "O'Neal",     "Bruce",      "Lang",        "Combs",
    "Kramer",     "Heath",       "Hancock",    "Gallagher",  "Gaines",      "Shaffer",
    "Short",      "Wiggins",     "Mathews",    "McClain",    "Fischer",     "Wall",
    "Small",      "Melton",      "Hensley",    "Bond",       "Dyer",        "Cameron",
    "Grimes",     "Christian",   "Wyatt",      "Baxter",     "Snow",        "Mosley",
    "Shepherd",   "Larsen",      "Hoover",     "Beasley",    "Glenn",       "Petersen",
    "Whitehead",  "Meyers",      "Keith",      "Garrison",   "Vincent",     "Shields",
    "Horn",       "Savage",      "Olsen",      "Schroeder",  "Hartman",     "Woodard",
    "Mueller",    "Kemp",        "Booth",      "Calhoun",    "Wiley",       "Eaton",
    "Cline",      "Harrell",     "Lester",     "Humphrey",   "Parrish",     "Hutchinson",
    "Hess",       "Dorsey",      "Bullock",    "Beard",      "Dalton",      "Vance",
    "Rich",       "Blackwell",   "York",       "Johns",      "Blankenship", "Pruitt",
    "Moses",      "Callahan",    "Golden",     "Hardin",     "McDowell",    "Carey",
    "Stafford",   "Henson",      "Wilkinson",  "Booker",     "Merritt",     "Atkinson",
    "Orr",        "Decker",      "Hobbs",      "Preston",    "Tanner",      "Knox",
    "Stephenson", "Glass",       "Marks",      "Hickman",    "English",     "Sweeney",
    "Strong",     "Prince",      "McClure",    "Conway",     "Walter",      "Roth",
    "Maynard",    "Farrell",     "Lowery",     "Hurst",      "Nixon",       "Weiss",
    "Ellison",    "Sloan",       "Winters",    "McLean",     "Randolph",    "Boyer",
    "McCall",     "Gentry",      "Kent",       "Ayers",      "Shannon",     "Sexton",
    "Pace",       "Hull",        "Leblanc",    "Browning",   "Leach",       "House",
    "Sellers",    "Herring",     "Noble",      "Foley",      "Bartlett",    "Landry",
    "Durham",     "Walls",       "Barr",       "McKee",      "Bauer",       "Rivers",
    "Everett",    "Bradshaw",    "Pugh",       "Rush",       "Estes",       "Dodson",
    "Morse",      "Sheppard",    "Weeks",      "Bean",       "Barron",      "Livingston",
    "Middleton",  "Spears",      "Branch",     "Blevins",    "Kerr",        "McConnell",
    "Hatfield",   "Harding",     "Ashley",     "Herman",     "Frost",       "Giles",
    "Blackburn",  "Pennington",  "Woodward",   "Finley",     "McIntosh",    "Koch",
    "Best",       "Solomon",     "McCullough", "Dudley",     "Nolan",       "Blanchard",
    "Brennan",    "Kane",        "Benton",     "Joyce",      "Buckley",     "Haley",
    "Valentine",  "Maddox",      "Russo",      "McKnight",   "Buck",        "Moon",
    "McMillan",   "Crosby",      "Berg",       "Dotson",     "Mays",        "Roach",
    "Church",     "Richmond",    "Meadows",    "Faulkner",   "O'Neill",     "Knapp",
    "Kline",      "Barry",       "Jacobson",   "Gay",        "Avery",       "Hendricks",
    "Horne",      "Shepard",     "Hebert",     "Cherry",     "McIntyre",    "Whitney",
    "Waller",     "Holman",      "Donaldson",  "Terrell",    "Morin",       "Gillespie",
    "Tillman",    "Sanford",     "Bentley",    "Peck",       "Key",         "Rollins",
    "Gamble",     "Dickson",     "Battle",     "Howe",       "Hinton",      "Hurley",
    "Spence",     "McNeil",      "Case",       "Petty",      "Gould",       "McFarland",
    "Sampson",    "Carver",      "Bray",       "Macdonald",  "Stout",       "Hester",
    "Dillon",     "Farley",      "Hopper",     "Galloway",   "Potts",       "Bernard",
    "Joyner",     "Stein",       "Osborn",     "Mercer",     "Bender",      "Rowland",
    "Sykes",      "Benjamin",    "Travis",     "Pickett",    "Crane",       "Sears",
    "Mayo",       "Dunlap",      "Hayden",     "Wilder",     "McKay",       "Coffey",
    "McCarty",    "Ewing",       "Cooley",     "Vaughan",    "Bonner",      "Cotton",
    "Holder",     "Stark",       "Ferrell",    "Cantrell",   "Fulton",      "Lynn",
    "Lott",       "Pollard",     "Hooper",     "Burch",      "Mullen",      "Fry",
    "Riddle",     "Levy",        "David",      "Duke",       "O'Donnell",   "Guy",
    "Michael",    "Britt",       "Frederick",  "Daugherty",  "Berger",      "Dillard",
    "Alston",     "Jarvis",      "Frye",       "Riggs",      "Chaney",      "Odom",
    "Duffy",      "Fitzpatrick", "Merrill",    "Mayer",      "Alford",      "McPherson",
    "Donovan",    "Albert",      "Cote",       "Reilly",     "Compton",     "Raymond",
    "Mooney",     "McGowan",     "Craft",      "Cleveland",  "Clemons",     "Wynn",
    "Nielsen",    "Baird",       "Stanton",    "Snider",     "Bright",      "Witt",
    "Stuart",     "Hays",        "Holden",     "Rutledge",   "Kinney",      "Clements",
    "Slater",     "Hahn",        "Emerson",    "Conrad",     "Burks",       "Delaney",
    "Pate",       "Lancaster",   "Sweet",      "Justice",    "Tyson",       "Sharpe",
    "Whitfield",  "Talley",      "Irwin",      "Burris",     "Ratliff",     "McCray",
    "Madden",     "Kaufman",     "Beach",      "Goff",       "Cash",        "Bolton",
    "McFadden",   "Levine",      "Good",       "Byers",      "Kirkland",    "Kidd",
    "Workman",    "Carney",      "Dale",       "McLeod",     "Holcomb",     "England",
    "Finch",      "Head",        "Burt",       "Hendrix",    "Haney",       "Franks",
    "Sargent",    "Downs",       "Rasmussen",  "Bird",       "Hewitt",      "Lindsay",
    "Foreman",    "O'Neil",      "Vinson",     "Hyde",       "Forbes",      "Gilliam",
    "Guthrie",    "Wooten",      "Huber",      "Barlow",     "Boyle",       "McMahon",
    "Buckner",    "Puckett",     "Langley",    "Knowles",    "Cooke",       "Whitley",
    "Noel"};

constexpr const char* angloParents[] = {
    "Jennifer", "Michael",  "Jessica",   "Christopher", "Ashley",   "Matthew",  "Amanda",
    "Joshua",   "Sarah",    "David",     "Stephanie",   "James",    "Melissa",  "Daniel",
    "Nicole",   "Robert",   "Elizabeth", "John",        "Heather",  "Joseph",   "Tiffany",
    "Andrew",   "Michelle", "Ryan",      "Amber",       "Brandon",  "Megan",    "Jason",
    "Rachel",   "Justin",   "Lauren",    "William",     "Kimberly", "Jonathan", "Emily",
    "Brian",    "Danielle", "Kevin",     "Rebecca",     "Eric",     "Laura",    "Adam",
    "Crystal",  "Tyler",    "Shannon",   "Aaron",       "Kayla",    "Marcus",   "Latoya",
    "Andre",    "Keisha",   "Darnell",   "Tamika",      "Terrence", "Ebony",    "Jamal",
    "Monique",  "Derrick",  "Aisha",     "Reginald",    "Shanice",  "Malik",    "Jasmine",
    "Dwayne",   "Erin",     "Patrick",   "Kathleen",    "Sean",     "Bridget",  "Colin",
    "Heidi",    "Travis",   "Brooke",    "Cody",        "Whitney",  "Dustin",   "Courtney",
    "Jeremy",   "Allison",  "Nathan"};

constexpr const char* angloChildren[] = {
    "Olivia", "Liam",    "Emma",     "Noah",     "Ava",     "Oliver", "Charlotte", "Elijah",
    "Amelia", "James",   "Harper",   "Benjamin", "Evelyn",  "Lucas",  "Abigail",   "Henry",
    "Ella",   "Jackson", "Scarlett", "Grayson",  "Madison", "Carter", "Chloe",     "Wyatt",
    "Lily",   "Owen",    "Nora",     "Caleb",    "Zoe",     "Isaiah", "Aaliyah",   "Jayden",
    "Naomi",  "Josiah",  "Kennedy",  "Elias",    "Maya",    "Miles",  "Hazel",     "Ezra",
    "Violet", "Hudson",  "Aurora",   "Jaxon",    "Stella",  "Levi",   "Ruby",      "Finn",
    "Willow", "Theo"};

constexpr const char* hispanicSurnames[] = {
    "García",     "Rodríguez",  "Martínez",  "Hernández",  "López",     "González",  "Pérez",
    "Sánchez",    "Ramírez",    "Torres",    "Flores",     "Rivera",    "Gómez",     "Díaz",
    "Reyes",      "Cruz",       "Morales",   "Ortiz",      "Gutiérrez", "Chávez",    "Ramos",
    "Ruiz",       "Alvarez",    "Mendoza",   "Vásquez",    "Castillo",  "Jiménez",   "Moreno",
    "Romero",     "Herrera",    "Medina",    "Aguilar",    "Garza",     "Castro",    "Vargas",
    "Fernández",  "Guzmán",     "Muñoz",     "Méndez",     "Salazar",   "Soto",      "Delgado",
    "Peña",       "Ríos",       "Alvarado",  "Sandoval",   "Contreras", "Valdez",    "Guerrero",
    "Ortega",     "Estrada",    "Núñez",     "Maldonado",  "Vega",      "Domínguez", "Cortez",
    "Santiago",   "Espinosa",   "Silva",     "Padilla",    "Marín",     "Rosales",   "Colón",
    "Carrasco",   "Fuentes",    "Ibarra",    "Luna",       "Cabrera",   "Lozano",    "Zúñiga",
    "Villanueva", "Figueroa",   "Pineda",    "Cisneros",   "Bautista",  "Mora",      "Galván",
    "Arroyo",     "Orozco",     "Beltrán",   "Quintero",   "Tapia",     "Cordero",   "Barajas",
    "Saldaña",    "Montes",     "Zavala",    "Rubio",      "Bernal",    "Olvera",    "Trejo",
    "Villegas",   "Duarte",     "Quiroz",    "Cano",       "Andrade",   "Meza",      "Escobar",
    "Nava",       "Santos",     "Carmona",   "Lugo",       "Benítez",   "Vera",      "Cuevas",
    "Leal",       "Rangel",     "Mata",      "Solís",      "Hidalgo",   "Ávila",     "Velasco",
    "Ochoa",      "Alonso",     "Camacho",   "Gallardo",   "Salinas",   "Robles",    "Miranda",
    "Acosta",     "Cervantes",  "Rocha",     "Lara",       "Villa",     "Márquez",   "Zamora",
    "Aguirre",    "Sosa",       "Trujillo",  "Barrera",    "Calderón",  "Valencia",  "Franco",
    "Macías",     "Bravo",      "Cárdenas",  "Serrano",    "Rojas",     "Mejía",     "Navarro",
    "Pacheco",    "Juárez",     "Escamilla", "Arellano",   "Esparza",   "Ponce",     "Rosas",
    "Varela",     "Chacón",     "Huerta",    "Osorio",     "Rivas",     "Montoya",   "Suárez",
    "Palacios",   "Miramontes", "Tovar",     "Uribe",      "Vallejo",   "Zapata",    "Aranda",
    "Ceja",       "Corona",     "Enríquez",  "Gallegos",   "Jaramillo", "Lucero",    "Magaña",
    "Mireles",    "Nieto",      "Olivares",  "Paredes",    "Quintana",  "Razo",      "Salgado",
    "Tejeda",     "Urbina",     "Valle",     "Ybarra",     "Zepeda",    "Aceves",    "Becerra",
    "Cantú",      "Dávila",     "Elizondo",  "Farías",     "Gamboa",    "Hinojosa",  "Iglesias",
    "Ledesma",    "Madrigal",   "Negrete",   "Ocampo",     "Partida",   "Quezada",   "Rentería",
    "Sepúlveda",  "Terrazas",   "Ulloa",     "Villalobos", "Arce",      "Baca",      "Carrillo",
    "Delarosa",   "Echeverría", "Fajardo",   "Granados",   "Huertas",   "Lomelí",    "Mascareñas",
    "Noriega",    "Ornelas",    "Pulido",    "Segura",     "Toledo",    "Valadez",   "Zaragoza",
    "Avalos",     "Benavides",  "Cuellar",   "Del Valle",  "Espino",    "Frías",     "Godínez",
    "Jurado",     "Llamas",     "Mondragón", "Orta",       "Portillo",  "Rendón",    "Solano",
    "Tamayo",     "Vela",       "Alcántara", "Bañuelos",   "Coronado",  "De León",   "Estévez",
    "Garibay",    "Haro",       "Landeros",  "Montañez",   "Nájera",    "Oropeza",   "Pizarro",
    "Quiñones",   "Sotelo",     "Treviño",   "Villaseñor", "Almanza",   "Burgos",    "Covarrubias",
    "Davalos",    "Gastélum",   "Lemus",     "Medrano",    "Peralta",   "Rosado",    "Santillán",
    "Vidal",      "Marquez",    "Ayala",     "Vazquez",    "Espinoza",  "Molina",    "Dominguez",
    "Duran",      "Avila",      "Trevino",   "Campos",     "Guerra",    "Juarez",    "Leon",
    "Villarreal", "Velasquez",  "Mercado",   "Velez",      "Solis",     "Mejia",     "Cardenas",
    "Cantu",      "Salas",      "Santana",   "Suarez",     "Rosario",   "Melendez",  "Calderon",
    "Rosa",       "Valenzuela", "Acevedo",   "Castaneda",  "Macias",    "Nieves",    "Dejesus",
    "Velazquez",  "Deleon"};

constexpr const char* hispanicParents[] = {
    "María",     "José",    "Guadalupe", "Juan",    "Carmen",   "Luis",      "Rosa",    "Carlos",
    "Ana",       "Jorge",   "Verónica",  "Miguel",  "Adriana",  "Alejandro", "Claudia", "Francisco",
    "Gabriela",  "Ricardo", "Leticia",   "Roberto", "Patricia", "Eduardo",   "Mónica",  "Fernando",
    "Alejandra", "Javier",  "Lorena",    "Sergio",  "Yesenia",  "Raúl",      "Marisol", "Héctor",
    "Elena",     "Manuel",  "Daniela",   "Óscar",   "Beatriz",  "Arturo",    "Lucía",   "Rafael"};

constexpr const char* hispanicChildren[] = {
    "Mateo",    "Sofía",    "Santiago", "Valentina", "Sebastián", "Camila",   "Diego",
    "Isabella", "Emiliano", "Valeria",  "Leonardo",  "Ximena",    "Gael",     "Renata",
    "Joaquín",  "Mariana",  "Nicolás",  "Luciana",   "Adrián",    "Victoria", "Iker",
    "Regina",   "Tomás",    "Natalia",  "Julián",    "Paula",     "Andrés",   "Daniela",
    "Pablo",    "Elena",    "Martín",   "Lola",      "Rafael",    "Alma"};

// German, Dutch, Scandinavian, Swiss and Austrian.
constexpr const char* germanicSurnames[] = {
    "Schmidt",     "Schneider", "Meyer",     "Wagner",       "Becker",     "Schulz",
    "Hoffmann",    "Schäfer",   "Koch",      "Richter",      "Klein",      "Wolff",
    "Schröder",    "Neumann",   "Schwarz",   "Zimmermann",   "Braun",      "Krüger",
    "Hofmann",     "Hartmann",  "Lange",     "Schmitt",      "Werner",     "Krause",
    "Meier",       "Lehmann",   "Schmid",    "Schulze",      "Maier",      "Köhler",
    "Herrmann",    "König",     "Walter",    "Mayer",        "Huber",      "Kaiser",
    "Fuchs",       "Peters",    "Lang",      "Scholz",       "Möller",     "Weiß",
    "Jung",        "Hahn",      "Schubert",  "Vogel",        "Friedrich",  "Keller",
    "Günther",     "Frank",     "Berger",    "Winkler",      "Roth",       "Beck",
    "Lorenz",      "Baumann",   "Franke",    "Albrecht",     "Schuster",   "Simon",
    "Ludwig",      "Böhm",      "Winter",    "Kraus",        "Martin",     "Schumacher",
    "Krämer",      "Vogt",      "Stein",     "Jäger",        "Otto",       "Sommer",
    "Groß",        "Seidel",    "Heinrich",  "Brandt",       "Haas",       "Schreiber",
    "Graf",        "Schulte",   "Dietrich",  "Ziegler",      "Kuhn",       "Kühn",
    "Pohl",        "Engel",     "Horn",      "Busch",        "Bergmann",   "Thomas",
    "Voigt",       "Sauer",     "Arnold",    "Wolf",         "Pfeiffer",   "Lindner",
    "Eberhardt",   "Gerber",    "Brunner",   "Müller",       "Fischer",    "Weber",
    "Bauer",       "Steiner",   "Moser",     "Gruber",       "Hansen",     "Jensen",
    "Nielsen",     "Pedersen",  "Andersen",  "Christensen",  "Larsson",    "Johansson",
    "Karlsson",    "Nilsson",   "Eriksson",  "Olsson",       "Persson",    "Svensson",
    "Gustafsson",  "Lindqvist", "Lindberg",  "Bergström",    "Holm",       "Dahl",
    "Berg",        "Halvorsen", "Haugen",    "Solberg",      "Lund",       "Strand",
    "Nygaard",     "Virtanen",  "Korhonen",  "Mäkinen",      "Nieminen",   "Lindgren",
    "de Jong",     "Jansen",    "de Vries",  "van den Berg", "van Dijk",   "Bakker",
    "Visser",      "Smit",      "Meijer",    "de Boer",      "Mulder",     "de Groot",
    "Bos",         "Vos",       "Dekker",    "van Leeuwen",  "Vandenberg", "Vanderbilt",
    "Vermeulen",   "Hendriks",  "Brouwer",   "Kuiper",       "Huisman",    "Ostrander",
    "Schultz",     "Yoder",     "Stoltzfus", "Hostetler",    "Kauffman",   "Zook",
    "Hershberger", "Bontrager", "Esch",      "Lapp",         "Troyer",     "Beiler",
    "Riehl"};

constexpr const char* germanicParents[] = {
    "Katrin", "Stefan", "Anja",     "Markus",  "Sabine", "Thomas",   "Julia",  "Andreas", "Ingrid",
    "Lars",   "Annika", "Erik",     "Sigrid",  "Nils",   "Astrid",   "Henrik", "Greta",   "Jan",
    "Femke",  "Pieter", "Heike",    "Jürgen",  "Britta", "Matthias", "Karin",  "Sven",    "Liesel",
    "Tobias", "Maren",  "Kristian", "Rebekah", "Amos",   "Miriam",   "Levi"};

constexpr const char* germanicChildren[] = {
    "Emil",  "Ida",    "Felix", "Mia",   "Leon", "Clara", "Jonas", "Frida", "Anton",
    "Lotte", "Matteo", "Lina",  "Oskar", "Elsa", "Hugo",  "Freya", "Lukas", "Maja",
    "Nils",  "Saga",   "Sem",   "Tess",  "Daan", "Fenna", "Aksel", "Linnea"};

// Italian, Greek, Portuguese, Brazilian, French and French-Canadian.
constexpr const char* mediterraneanSurnames[] = {
    "Rossi",      "Russo",      "Ferrari",      "Esposito",     "Bianchi",       "Romano",
    "Colombo",    "Ricci",      "Marino",       "Greco",        "Bruno",         "Gallo",
    "Conti",      "De Luca",    "Mancini",      "Costa",        "Giordano",      "Rizzo",
    "Lombardi",   "Moretti",    "Barbieri",     "Fontana",      "Santoro",       "Mariani",
    "Rinaldi",    "Caruso",     "Ferrara",      "Galli",        "Martini",       "Leone",
    "Longo",      "Gentile",    "Martinelli",   "Vitale",       "Lombardo",      "Serra",
    "Coppola",    "De Santis",  "D'Angelo",     "Marchetti",    "Parisi",        "Villa",
    "Conte",      "Ferraro",    "Ferri",        "Fabbri",       "Bianco",        "Marini",
    "Grasso",     "Valentini",  "Messina",      "Sala",         "De Angelis",    "Gatti",
    "Pellegrini", "Palumbo",    "Sanna",        "Farina",       "Rizzi",         "Monti",
    "Cattaneo",   "Morelli",    "Amato",        "Silvestri",    "Mazza",         "Testa",
    "Grassi",     "Pellegrino", "Carbone",      "Giuliani",     "Benedetti",     "Barone",
    "Rossetti",   "Caputo",     "Montanari",    "Guerra",       "Palmieri",      "Bernardi",
    "Martino",    "Fiore",      "De Rosa",      "Ferretti",     "Bellini",       "Basile",
    "Riva",       "Donati",     "Piras",        "Vitali",       "Battaglia",     "Sartori",
    "Neri",       "Costantini", "Milani",       "Pagano",       "Ruggiero",      "Sorrentino",
    "D'Amico",    "Orlando",    "Damico",       "Negri",        "Papadopoulos",  "Pappas",
    "Georgiou",   "Nikolaidis", "Konstantinou", "Demetriou",    "Christodoulou", "Karagiannis",
    "Vlahos",     "Stavros",    "Alexiou",      "Economou",     "Kouris",        "Makris",
    "Dimitriou",  "Panagiotou", "Sotiropoulos", "Antonopoulos", "Theodorou",     "Pereira",
    "Oliveira",   "Souza",      "Carvalho",     "Almeida",      "Lima",          "Gomes",
    "Ribeiro",    "Martins",    "Rocha",        "Alves",        "Monteiro",      "Mendes",
    "Barros",     "Freitas",    "Barbosa",      "Pinto",        "Moura",         "Cavalcanti",
    "Dias",       "Castro",     "Campos",       "Cardoso",      "Teixeira",      "Correia",
    "Nascimento", "Araújo",     "Fonseca",      "Medeiros",     "Tavares",       "Machado",
    "Azevedo",    "Cunha",      "Dubois",       "Moreau",       "Laurent",       "Lefebvre",
    "Leroy",      "Roux",       "Fournier",     "Girard",       "Bonnet",        "Dupont",
    "Lambert",    "Fontaine",   "Rousseau",     "Vincent",      "Muller",        "Lefèvre",
    "Faure",      "Andre",      "Mercier",      "Blanc",        "Guérin",        "Boyer",
    "Garnier",    "Chevalier",  "François",     "Legrand",      "Gauthier",      "Perrin",
    "Robin",      "Clément",    "Morin",        "Nicolas",      "Henry",         "Roussel",
    "Mathieu",    "Gagnon",     "Tremblay",     "Bouchard",     "Côté",          "Pelletier",
    "Bélanger",   "Lévesque",   "Bergeron",     "Leblanc",      "Paquette",      "Thibodeaux",
    "Boudreaux",  "Broussard",  "Guidry",       "Arceneaux",    "Fontenot",      "Hebert",
    "Landry",     "Thibault",   "Dufresne",     "Charbonneau"};

constexpr const char* mediterraneanParents[] = {
    "Giulia",    "Marco",     "Francesca", "Luca",   "Chiara",   "Alessandro",  "Sara",
    "Giuseppe",  "Valentina", "Antonio",   "Eleni",  "Nikos",    "Maria Elena", "Dimitri",
    "Katerina",  "Yannis",    "Ana Paula", "João",   "Fernanda", "Rafael",      "Juliana",
    "Thiago",    "Camille",   "Julien",    "Élise",  "Mathieu",  "Sophie",      "Nicolas",
    "Geneviève", "Étienne",   "Amélie",    "Pierre", "Isabelle", "Vincent"};

constexpr const char* mediterraneanChildren[] = {
    "Leonardo", "Giulia", "Lorenzo",    "Aurora",  "Tommaso",      "Alice",  "Gabriele", "Ginevra",
    "Nikolas",  "Sophia", "Alexandros", "Zoe",     "Konstantinos", "Athena", "Miguel",   "Helena",
    "Arthur",   "Laura",  "Heitor",     "Beatriz", "Gabriel",      "Léa",    "Louis",    "Chloé",
    "Jules",    "Manon",  "Raphaël",    "Inès",    "Luc",          "Margaux"};

// Polish, Czech, Slovak, Ukrainian, Russian, Hungarian, Balkan, Baltic.
constexpr const char* slavicSurnames[] = {
    "Kowalski",    "Nowak",      "Wiśniewski",  "Wójcik",      "Kowalczyk",  "Kamiński",
    "Lewandowski", "Zieliński",  "Szymański",   "Woźniak",     "Dąbrowski",  "Kozłowski",
    "Jankowski",   "Mazur",      "Kwiatkowski", "Krawczyk",    "Piotrowski", "Grabowski",
    "Nowakowski",  "Pawłowski",  "Michalski",   "Nowicki",     "Adamczyk",   "Dudek",
    "Zając",       "Wieczorek",  "Jabłoński",   "Król",        "Majewski",   "Olszewski",
    "Jaworski",    "Wróbel",     "Malinowski",  "Pawlak",      "Witkowski",  "Walczak",
    "Stępień",     "Górski",     "Rutkowski",   "Michalak",    "Sikora",     "Ostrowski",
    "Baran",       "Duda",       "Szewczyk",    "Tomaszewski", "Pietrzak",   "Marciniak",
    "Wróblewski",  "Zalewski",   "Novák",       "Svoboda",     "Novotný",    "Dvořák",
    "Černý",       "Procházka",  "Kučera",      "Veselý",      "Horák",      "Němec",
    "Pokorný",     "Marek",      "Pospíšil",    "Hájek",       "Jelínek",    "Král",
    "Růžička",     "Beneš",      "Fiala",       "Sedláček",    "Doležal",    "Zeman",
    "Kolář",       "Navrátil",   "Čermák",      "Shevchenko",  "Bondarenko", "Kovalenko",
    "Boyko",       "Tkachenko",  "Kravchenko",  "Melnyk",      "Oliynyk",    "Lysenko",
    "Rudenko",     "Moroz",      "Savchenko",   "Petrenko",    "Kuzmenko",   "Ivanov",
    "Smirnov",     "Kuznetsov",  "Popov",       "Vasiliev",    "Petrov",     "Sokolov",
    "Mikhailov",   "Fedorov",    "Morozov",     "Volkov",      "Alekseev",   "Lebedev",
    "Semenov",     "Egorov",     "Pavlov",      "Kozlov",      "Stepanov",   "Nikolaev",
    "Orlov",       "Andreev",    "Makarov",     "Nikitin",     "Zakharov",   "Zaitsev",
    "Solovyov",    "Borisov",    "Nagy",        "Kovács",      "Tóth",       "Szabó",
    "Horváth",     "Varga",      "Kiss",        "Molnár",      "Németh",     "Farkas",
    "Balogh",      "Papp",       "Takács",      "Juhász",      "Lakatos",    "Mészáros",
    "Oláh",        "Simon",      "Rácz",        "Fekete",      "Jovanović",  "Petrović",
    "Nikolić",     "Marković",   "Đorđević",    "Stojanović",  "Ilić",       "Stanković",
    "Pavlović",    "Milošević",  "Horvat",      "Kovačević",   "Babić",      "Marić",
    "Jurić",       "Novaković",  "Knežević",    "Vuković",     "Popescu",    "Ionescu",
    "Popa",        "Dumitru",    "Stan",        "Stoica",      "Gheorghe",   "Matei",
    "Ciobanu",     "Kazlauskas", "Jankauskas",  "Petrauskas",  "Bērziņš",    "Kalniņš",
    "Ozoliņš",     "Tamm",       "Saar",        "Sepp",        "Dimitrov",   "Georgiev",
    "Todorov",     "Angelov",    "Hoxha",       "Berisha",     "Krasniqi"};

constexpr const char* slavicParents[] = {
    "Katarzyna", "Piotr",  "Agnieszka", "Tomasz", "Magdalena", "Paweł",  "Olga",     "Dmitri",
    "Natalia",   "Sergei", "Irina",     "Andrei", "Oksana",    "Taras",  "Svetlana", "Viktor",
    "Jana",      "Petr",   "Lenka",     "Martin", "Zsófia",    "László", "Ivana",    "Nikola",
    "Milica",    "Goran",  "Ioana",     "Mihai",  "Rūta",      "Tomas",  "Elena",    "Bogdan"};

constexpr const char* slavicChildren[] = {
    "Zofia", "Antoni", "Hanna", "Jakub",  "Maja",   "Szymon", "Anastasia", "Mikhail", "Mila",
    "Artem", "Daria",  "Maxim", "Eliška", "Matyáš", "Adéla",  "Vojtěch",   "Luca",    "Bence",
    "Petra", "Luka",   "Sara",  "Stefan", "Ilinca", "Darius", "Emilija",   "Marko"};

// Chinese (Mandarin and Cantonese spellings), Taiwanese, Korean, Japanese.
constexpr const char* eastAsianSurnames[] = {
    "Wang",     "Li",        "Zhang",     "Liu",       "Huang",     "Zhao",      "Wu",
    "Zhou",     "Xu",        "Sun",       "Ma",        "Zhu",       "Hu",        "Guo",
    "He",       "Lin",       "Luo",       "Gao",       "Zheng",     "Liang",     "Xie",
    "Song",     "Tang",      "Han",       "Feng",      "Deng",      "Cao",       "Peng",
    "Zeng",     "Xiao",      "Tian",      "Dong",      "Pan",       "Yuan",      "Cai",
    "Jiang",    "Yu",        "Du",        "Ye",        "Cheng",     "Wei",       "Su",
    "Lü",       "Ding",      "Ren",       "Shen",      "Yao",       "Lu",        "Fu",
    "Zhong",    "Wong",      "Leung",     "Lau",       "Cheung",    "Ho",        "Chow",
    "Yip",      "Tse",       "Kwan",      "Fong",      "Chu",       "Lam",       "Ng",
    "Mak",      "Tsang",     "Kwok",      "Hui",       "Louie",     "Eng",       "Woo",
    "Kim",      "Lee",       "Park",      "Choi",      "Jung",      "Kang",      "Cho",
    "Yoon",     "Jang",      "Lim",       "Shin",      "Yoo",       "Oh",        "Seo",
    "Kwon",     "Hwang",     "Ahn",       "Jeon",      "Hong",      "Yamamoto",  "Tanaka",
    "Watanabe", "Ito",       "Nakamura",  "Kobayashi", "Kato",      "Yoshida",   "Yamada",
    "Sasaki",   "Yamaguchi", "Matsumoto", "Inoue",     "Kimura",    "Hayashi",   "Shimizu",
    "Yamazaki", "Mori",      "Abe",       "Ikeda",     "Hashimoto", "Yamashita", "Ishikawa",
    "Nakajima", "Maeda",     "Fujita",    "Ogawa",     "Goto",      "Okada",     "Hasegawa",
    "Murakami", "Kondo",     "Ishii",     "Saito",     "Sakamoto",  "Endo",      "Aoki",
    "Fujii",    "Nishimura", "Fukuda",    "Ota",       "Miura",     "Takahashi", "Suzuki",
    "Sato",     "Nakano",    "Harada",    "Okamoto",   "Matsuda",   "Nakagawa",  "Chen",
    "Chang",    "Chan",      "Yang",      "Pak",       "Baek",      "Nam"};

constexpr const char* eastAsianParents[] = {
    "Mei",     "Wei",   "Li Na",   "Jun",    "Xiaoling", "Hao",     "Yan",    "Jian",
    "Lan",     "Feng",  "Hui",     "Kevin",  "Grace",    "Jin-ho",  "Min-ji", "Seung-woo",
    "Ji-yeon", "Hyun",  "Soo-jin", "Daniel", "Yuki",     "Hiroshi", "Keiko",  "Takeshi",
    "Naomi",   "Kenji", "Emi",     "Ryo",    "Aiko",     "Joyce"};

constexpr const char* eastAsianChildren[] = {
    "Ethan",  "Chloe",    "Ryan",    "Emily",  "Lucas",  "Mia",    "Yichen", "Xinyi", "Haoran",
    "Yuxuan", "Seo-yeon", "Min-jun", "Ha-eun", "Ji-ho",  "Haruto", "Yui",    "Sota",  "Hina",
    "Ren",    "Sakura",   "Kai",     "Aria",   "Jayden", "Hana",   "Leo"};

// Vietnamese, Filipino, Thai, Hmong, Cambodian, Lao, Indonesian.
constexpr const char* southeastAsianSurnames[] = {
    "Nguyen",       "Tran",        "Pham",      "Hoang",     "Huynh",      "Phan",
    "Vu",           "Vo",          "Dang",      "Bui",       "Do",         "Ngo",
    "Duong",        "Ly",          "Truong",    "Dinh",      "Trinh",      "Mai",
    "Quach",        "Dela Cruz",   "Aquino",    "Manalo",    "Macaraeg",   "Dizon",
    "Magbanua",     "Pangilinan",  "Tolentino", "Soriano",   "Ocampo",     "Mangubat",
    "Dimaculangan", "Evangelista", "Lacson",    "Sison",     "Panganiban", "Gatdula",
    "Samonte",      "Saetang",     "Srisuk",    "Wongsawat", "Chaiyaporn", "Thongchai",
    "Boonmee",      "Kittisak",    "Xiong",     "Thao",      "Her",        "Moua",
    "Lor",          "Lo",          "Khang",     "Sok",       "Chea",       "Keo",
    "Chhim",        "Phommachanh", "Sisavath",  "Keomany",   "Santoso",    "Wijaya",
    "Halim",        "Kusuma",      "Gunawan",   "Setiawan",  "Le",         "Vang"};

constexpr const char* southeastAsianParents[] = {
    "Linh",  "Minh",    "Thao", "Tuan",   "Lan Anh", "Duc",     "Ngoc",  "Huy",   "Hoa",
    "Khanh", "Maricel", "Jun",  "Rowena", "Ramon",   "Maribel", "Rodel", "Kanya", "Somchai",
    "Mai",   "Pao",     "Kia",  "Tou",    "Sophea",  "Dara",    "Dewi",  "Budi"};

constexpr const char* southeastAsianChildren[] = {
    "Bao",  "An",      "Khoa",   "Vy",     "Nam",   "My",     "Gia",
    "Nhi",  "Jasmine", "Angelo", "Bea",    "Paolo", "Althea", "Niran",
    "Ploy", "Nkauj",   "Txhiaj", "Chenda", "Vanna", "Putri",  "Rizky"};

constexpr const char* southAsianSurnames[] = {
    "Patel",        "Shah",           "Sharma",      "Singh",      "Kumar",
    "Gupta",        "Desai",          "Mehta",       "Reddy",      "Rao",
    "Iyer",         "Nair",           "Menon",       "Pillai",     "Joshi",
    "Kulkarni",     "Deshpande",      "Chopra",      "Kapoor",     "Malhotra",
    "Bhatia",       "Sethi",          "Arora",       "Khanna",     "Agarwal",
    "Bansal",       "Jain",           "Trivedi",     "Pandey",     "Mishra",
    "Tiwari",       "Verma",          "Yadav",       "Chaudhary",  "Banerjee",
    "Chatterjee",   "Mukherjee",      "Bose",        "Ghosh",      "Das",
    "Sen",          "Dutta",          "Chakraborty", "Sinha",      "Krishnan",
    "Subramanian",  "Venkatesan",     "Raman",       "Srinivasan", "Narayanan",
    "Ramachandran", "Sandhu",         "Dhillon",     "Sidhu",      "Grewal",
    "Brar",         "Bajwa",          "Thakur",      "Saxena",     "Bhatt",
    "Parikh",       "Modi",           "Amin",        "Dave",       "Vyas",
    "Soni",         "Naidu",          "Hegde",       "Shetty",     "Khan",
    "Ahmed",        "Hussain",        "Qureshi",     "Siddiqui",   "Chaudhry",
    "Malik",        "Sheikh",         "Butt",        "Rahman",     "Hossain",
    "Islam",        "Chowdhury",      "Begum",       "Perera",     "Fernando",
    "Jayasinghe",   "Wickramasinghe", "Bandara",     "Shrestha",   "Gurung",
    "Thapa",        "Tamang",         "Rai"};

constexpr const char* southAsianParents[] = {
    "Priya",  "Rahul",    "Anjali",   "Vikram",   "Deepa",  "Arjun", "Kavita",  "Sanjay",
    "Neha",   "Amit",     "Pooja",    "Raj",      "Sunita", "Ravi",  "Lakshmi", "Suresh",
    "Meera",  "Harpreet", "Gurpreet", "Manpreet", "Ayesha", "Imran", "Sana",    "Farhan",
    "Nusrat", "Tanvir",   "Dilani",   "Ruwan",    "Sita",   "Bikash"};

constexpr const char* southAsianChildren[] = {
    "Aarav", "Anaya", "Vihaan", "Diya",  "Arjun",  "Saanvi", "Reyansh", "Ishani",
    "Krish", "Myra",  "Aditya", "Kiara", "Rohan",  "Tara",   "Jasleen", "Gurveer",
    "Zara",  "Ayaan", "Inaya",  "Rayan", "Nethmi", "Sahan",  "Aasha",   "Nirvan"};

// Arab, Persian, Turkish, Armenian, Israeli and Jewish-American.
constexpr const char* middleEasternSurnames[] = {
    "Haddad",      "Khoury",    "Nassar",      "Saleh",     "Hamdan",     "Mansour",
    "Darwish",     "Abboud",    "Aziz",        "Hassan",    "Ibrahim",    "Mahmoud",
    "Youssef",     "Farah",     "Habib",       "Karam",     "Najjar",     "Sabbagh",
    "Shaheen",     "Rizk",      "Azar",        "Bitar",     "Fakhoury",   "Ghanem",
    "Jaber",       "Kassab",    "Malouf",      "Nader",     "Saad",       "Tannous",
    "Zaher",       "Othman",    "Al-Amin",     "Suleiman",  "Barakat",    "Hosseini",
    "Mohammadi",   "Rahimi",    "Karimi",      "Ahmadi",    "Jafari",     "Moradi",
    "Rostami",     "Sadeghi",   "Tehrani",     "Farahani",  "Yılmaz",     "Kaya",
    "Demir",       "Şahin",     "Çelik",       "Yıldız",    "Öztürk",     "Aydın",
    "Arslan",      "Doğan",     "Kılıç",       "Aslan",     "Petrosyan",  "Hovhannisyan",
    "Harutyunyan", "Sargsyan",  "Khachatryan", "Grigoryan", "Avetisyan",  "Kazarian",
    "Cohen",       "Levi",      "Mizrahi",     "Peretz",    "Biton",      "Friedman",
    "Goldberg",    "Rosenberg", "Katz",        "Weinstein", "Shapiro",    "Kaplan",
    "Feldman",     "Greenberg", "Rubin",       "Bernstein", "Abramowitz", "Horowitz",
    "Segal",       "Adler",     "Blum",        "Gold",      "Stern"};

constexpr const char* middleEasternParents[] = {
    "Fatima", "Omar",   "Layla", "Ahmad", "Nadia",   "Khalid",  "Rania",  "Sami",
    "Yasmin", "Tariq",  "Leila", "Reza",  "Shirin",  "Dariush", "Elif",   "Emre",
    "Zeynep", "Mehmet", "Ani",   "Aram",  "Lusine",  "Tigran",  "Rachel", "Avi",
    "Miriam", "Noam",   "Tamar", "Eli",   "Rebecca", "Ari"};

constexpr const char* middleEasternChildren[] = {
    "Adam", "Lina", "Yusuf", "Maryam", "Zayn",  "Nour", "Ali",   "Sara",
    "Kian", "Ava",  "Aras",  "Defne",  "Eymen", "Asel", "Davit", "Mane",
    "Noa",  "Ezra", "Shira", "Eitan",  "Talia", "Asher"};

// West, East and Southern African, and Caribbean.
constexpr const char* africanSurnames[] = {
    "Okafor",    "Okonkwo",   "Adeyemi",   "Oyelaran", "Nwosu",     "Eze",      "Obi",
    "Chukwu",    "Ogunleye",  "Adebayo",   "Balogun",  "Olawale",   "Akinola",  "Ibekwe",
    "Onyekachi", "Uzoma",     "Nwachukwu", "Afolabi",  "Ogbonna",   "Ezeani",   "Mensah",
    "Owusu",     "Asante",    "Boateng",   "Osei",     "Addo",      "Appiah",   "Amoah",
    "Agyeman",   "Darko",     "Ofori",     "Danso",    "Kamara",    "Conteh",   "Sesay",
    "Koroma",    "Diallo",    "Traoré",    "Keita",    "Coulibaly", "Camara",   "Touré",
    "Ndiaye",    "Diop",      "Sow",       "Fall",     "Tesfaye",   "Bekele",   "Haile",
    "Girma",     "Alemu",     "Tadesse",   "Abebe",    "Wolde",     "Mekonnen", "Gebremedhin",
    "Yohannes",  "Warsame",   "Abdi",      "Mohamed",  "Hirsi",     "Osman",    "Omondi",
    "Otieno",    "Kamau",     "Mwangi",    "Wanjiru",  "Kiprop",    "Njoroge",  "Mutua",
    "Nkosi",     "Dlamini",   "Ndlovu",    "Mokoena",  "Khumalo",   "Baptiste", "Pierre-Louis",
    "Jean",      "Toussaint", "Desir",     "Etienne",  "Francois",  "Alexis",   "Celestin",
    "Ferdinand", "Augustin",  "Gayle",     "Thwaites", "Bogle",     "Grizzle",  "McFarlane",
    "Ebanks",    "Chin",      "Beckford"};

constexpr const char* africanParents[] = {
    "Chinwe",      "Emeka",    "Ngozi",   "Chidi",  "Adaeze",   "Tunde",   "Folake",
    "Kwame",       "Akosua",   "Kofi",    "Abena",  "Yaw",      "Aminata", "Mamadou",
    "Fatoumata",   "Ibrahima", "Selam",   "Dawit",  "Hiwot",    "Yonas",   "Hodan",
    "Abdirahman",  "Amina",    "Wanjiku", "Otieno", "Thandiwe", "Sipho",   "Nadège",
    "Jean-Pierre", "Marlene",  "Desmond", "Shauna", "Winston"};

constexpr const char* africanChildren[] = {
    "Chiamaka", "Tobenna",   "Adaora", "Olumide",  "Ama",     "Kojo", "Esi",
    "Kwabena",  "Awa",       "Moussa", "Aïssatou", "Ousmane", "Liya", "Nahom",
    "Saron",    "Ayan",      "Hamza",  "Zawadi",   "Baraka",  "Nia",  "Lwazi",
    "Naledi",   "Mackenson", "Nadia",  "Shaniqua", "Jermaine"};

constexpr NameGroup groups[] = {
    {angloSurnames, angloParents, angloChildren},
    {hispanicSurnames, hispanicParents, hispanicChildren},
    {germanicSurnames, germanicParents, germanicChildren},
    {mediterraneanSurnames, mediterraneanParents, mediterraneanChildren},
    {slavicSurnames, slavicParents, slavicChildren},
    {eastAsianSurnames, eastAsianParents, eastAsianChildren},
    {southeastAsianSurnames, southeastAsianParents, southeastAsianChildren},
    {southAsianSurnames, southAsianParents, southAsianChildren},
    {middleEasternSurnames, middleEasternParents, middleEasternChildren},
    {africanSurnames, africanParents, africanChildren},
};

constexpr const char* codes[] = {
    "201", "202", "203", "205", "206", "207", "208", "210", "212", "213", "214", "215", "216",
    "217", "218", "301", "302", "303", "304", "305", "307", "308", "309", "310", "312", "313",
    "314", "315", "316", "317", "319", "320", "401", "402", "404", "405", "406", "407", "408",
    "409", "410", "412", "413", "414", "415", "417", "419", "501", "502", "503", "504", "505",
    "507", "508", "509", "510", "512", "513", "515", "516", "517", "518", "601", "602", "603",
    "605", "606", "607", "608", "609", "612", "614", "615", "616", "617", "618", "619", "701",
    "702", "703", "704", "706", "707", "708", "712", "713", "714", "715", "716", "717", "718",
    "801", "802", "803", "804", "805", "806", "808", "810", "812", "813", "814", "815", "816",
    "901", "903", "904", "907", "909", "910", "912", "913", "914", "915", "916", "917", "918"};

} // namespace

std::span<const NameGroup> nameGroups()
{
    return groups;
}

std::span<const char* const> areaCodes()
{
    return codes;
}

} // namespace coopdesk::demo
